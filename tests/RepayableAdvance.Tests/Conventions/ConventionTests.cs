using System.Reflection;

namespace RepayableAdvance.Tests.Conventions;

/// <summary>Reflection checks of the conventions in STYLE.md section 3.14.</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        var offenders = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainTypes_HaveNoPublicSetters()
    {
        var offenders = PublicTypes
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal) && !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !IsInitOnly(p))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Namespaces_MatchFolders()
    {
        var root = FindRepositoryRoot();
        var src = Path.Combine(root, "src", "RepayableAdvance");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(src, Path.GetDirectoryName(file)!);
            var expected = relative == "." ? "RepayableAdvance" : "RepayableAdvance." + relative.Replace(Path.DirectorySeparatorChar, '.');
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
            if (line is null || line.TrimEnd(';') != "namespace " + expected)
            {
                offenders.Add($"{file}: {line}");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicExceptions_AreSealed()
    {
        var offenders = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsSealed).Select(t => t.FullName).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicEnumMembers_HaveExplicitDistinctValues()
    {
        // Explicit values cannot be seen by reflection; we require every enum to start at 0 and be dense, as declared.
        foreach (var type in PublicTypes.Where(t => t.IsEnum))
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Order().ToList();
            Assert.Equal(Enumerable.Range(0, values.Count), values);
        }
    }

    [Fact]
    public void CoreAssembly_DoesNotReferenceSystemTextJson()
    {
        Assert.DoesNotContain(Library.GetReferencedAssemblies(), a => a.Name == "System.Text.Json");
        Assert.All(Library.GetReferencedAssemblies(), a => Assert.True(
            a.Name is "NodaTime" || a.Name!.StartsWith("System", StringComparison.Ordinal) || a.Name == "netstandard",
            $"Unexpected dependency {a.Name}"));
    }

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    internal static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RepayableAdvance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
