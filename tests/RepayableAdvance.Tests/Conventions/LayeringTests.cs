using Mono.Cecil;

namespace RepayableAdvance.Tests.Conventions;

/// <summary>
/// The namespaces of the core form layers: each may use the ones below it, never one above. The root
/// (<c>RepayableAdvance</c>: money, applications, reasons) and <c>.Calendars</c> are at the bottom; the capabilities
/// follow in the order of an advance's life. A capability's <c>Internal</c> namespace (its speed kernels and their
/// representations) is used by that capability alone. The dependencies are read from the compiled assembly: signatures,
/// fields, and every type, method and field that a method body names.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The layers, bottom first. A namespace may depend on any namespace of a lower layer.</summary>
    internal static readonly string[][] Layers =
    [
        ["RepayableAdvance"],
        ["RepayableAdvance.Calendars"],
        ["RepayableAdvance.Eligibility"],
        ["RepayableAdvance.Sizing"],
        ["RepayableAdvance.Scheduling"],
        ["RepayableAdvance.StateAid"],
        ["RepayableAdvance.Funds"],
        ["RepayableAdvance.Collections"],
        ["RepayableAdvance.Accounting"],
        ["RepayableAdvance.Schemes"],
    ];

    /// <summary>
    /// Dependencies against the flow that the layers allow. The one feedback by design, State aid capping sizing,
    /// needs no entry: sizing declares the cap it calls (<c>SizingContext.DeMinimisCap</c>, a
    /// <c>Func&lt;Application, Money?&gt;</c>) and the scheme pipeline supplies it from the de minimis register, so the
    /// compiled graph has no edge from sizing to State aid (docs/index.md). An entry here would name a real upward edge.
    /// </summary>
    internal static readonly (string From, string To)[] AllowedFeedback = [];

    [Fact]
    public void State_aid_caps_sizing_through_a_delegate_that_sizing_declares()
    {
        var cap = typeof(RepayableAdvance.Sizing.SizingContext).GetProperty(nameof(RepayableAdvance.Sizing.SizingContext.DeMinimisCap))!;
        Assert.Equal(typeof(Func<Application, Money?>), cap.PropertyType);
        Assert.DoesNotContain("RepayableAdvance.StateAid", Graph.Value["RepayableAdvance.Sizing"]);
        Assert.Contains("RepayableAdvance.Sizing", Graph.Value["RepayableAdvance.Schemes"]);
    }

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void Every_namespace_depends_only_on_lower_layers()
    {
        var violations = new List<string>();
        foreach (var (from, targets) in Graph.Value)
        {
            foreach (var to in targets)
            {
                var (fromCapability, toCapability) = (Capability(from), Capability(to));
                if (fromCapability == toCapability || AllowedFeedback.Contains((fromCapability, toCapability)))
                {
                    continue;
                }

                if (Layer(fromCapability) <= Layer(toCapability))
                {
                    violations.Add($"{from} -> {to}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Dependencies against the layers:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Internal_namespaces_are_used_only_by_their_capability()
    {
        var violations = Graph.Value
            .SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(d => d.To.EndsWith(".Internal", StringComparison.Ordinal) && Capability(d.From) != Capability(d.To))
            .Select(d => $"{d.From} -> {d.To}")
            .ToList();
        Assert.True(violations.Count == 0, "Internal namespaces used from outside their capability:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_core_namespace_has_a_layer_and_the_core_references_neither_json_nor_the_cli()
    {
        var assembly = typeof(Money).Assembly;
        // Types of the core only: a coverage run adds its own tracker types to the assembly.
        var unknown = assembly.GetTypes().Select(t => Capability(t.Namespace ?? string.Empty)).Distinct()
            .Where(n => n.StartsWith("RepayableAdvance", StringComparison.Ordinal) && Layer(n) < 0).ToList();
        Assert.True(unknown.Count == 0, "Namespaces without a layer: " + string.Join(", ", unknown));
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("RepayableAdvance.Json", references);
        Assert.DoesNotContain("RepayableAdvance.Cli", references);

        // The JSON package and the CLI read the core through its public API alone: its internals open to tests and benchmarks only.
        var friends = assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal);
        Assert.Equal(["RepayableAdvance.Benchmarks", "RepayableAdvance.Tests"], friends);
    }

    [Fact]
    public void The_graph_sees_real_dependencies()
    {
        // The reader is not blind: known edges are there (a test that cannot fail is no test).
        Assert.Contains("RepayableAdvance", Graph.Value["RepayableAdvance.Scheduling"]);
        Assert.Contains("RepayableAdvance.Scheduling", Graph.Value["RepayableAdvance.StateAid"]);
        Assert.Contains("RepayableAdvance.Scheduling.Internal", Graph.Value["RepayableAdvance.Scheduling"]);
        Assert.Contains("RepayableAdvance.StateAid.Internal", Graph.Value["RepayableAdvance.StateAid"]);
    }

    /// <summary>
    /// The internal members one capability may use from another: typed views and shared rules, each named. Everything
    /// else a capability keeps internal (its representations: minor units, bitmaps, packed fields) stays its own.
    /// The root namespace's internals (preconditions, decimal helpers, trusted money factories) are the shared
    /// vocabulary and open to all.
    /// </summary>
    internal static readonly string[] SharedInternals =
    [
        // A calendar year as the schedule planner reads it: business days and day numbers, the bitmap behind it.
        "RepayableAdvance.Calendars.BusinessYear",
        "RepayableAdvance.Calendars.HolidayCalendar::Year",

        // What a day count is: actual days over a fixed basis (and which basis), and its exact fraction.
        "RepayableAdvance.Calendars.DayCountConvention::get_ActualDayBasis",
        "RepayableAdvance.Calendars.DayCountConvention::YearFractionPartsTrusted",

        // The rule that a computation without a schedule's reference periods cannot use Actual/Actual ICMA.
        "RepayableAdvance.Calendars.DayCountConvention::CheckNoReferencePeriodNeeded",

        // The one table of what each schedule phase means, which the GGE reads (waived or deferred interest is aid).
        "RepayableAdvance.Scheduling.PhaseTable",
        "RepayableAdvance.Scheduling.PhaseSemantics",
    ];

    [Fact]
    public void Capabilities_use_each_others_internals_only_through_named_views()
    {
        var uses = new SortedSet<string>(StringComparer.Ordinal);
        var viewsSeen = new SortedSet<string>(StringComparer.Ordinal);
        using var module = ModuleDefinition.ReadModule(typeof(Money).Assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    var member = instruction.Operand as MemberReference;
                    var definition = member switch
                    {
                        MethodReference m => (IMemberDefinition?)m.Resolve(),
                        FieldReference f => f.Resolve(),
                        TypeReference t => t.Resolve(),
                        _ => null,
                    };
                    if (definition is null || NamespaceOf(definition.DeclaringType ?? (TypeDefinition)definition) is not { } owner)
                    {
                        continue;
                    }

                    var (fromCapability, ownerCapability) = (Capability(from), Capability(owner));
                    if (fromCapability == ownerCapability || ownerCapability == "RepayableAdvance" || IsPublic(definition))
                    {
                        continue;
                    }

                    var name = $"{(definition.DeclaringType ?? (TypeDefinition)definition).FullName}{(definition is TypeDefinition ? string.Empty : "::" + definition.Name)}";
                    if (SharedInternals.FirstOrDefault(name.StartsWith) is { } view)
                    {
                        viewsSeen.Add(view);
                    }
                    else
                    {
                        uses.Add($"{fromCapability} uses {name}");
                    }
                }
            }
        }

        Assert.True(uses.Count == 0, "Internal members used across capabilities:\n" + string.Join("\n", uses));

        // Every named view is in use (the reader sees them), so the list holds no stale exception.
        Assert.Equal(SharedInternals.OrderBy(v => v, StringComparer.Ordinal), viewsSeen);
    }

    private static bool IsPublic(IMemberDefinition definition)
    {
        var visible = definition switch
        {
            MethodDefinition m => m.IsPublic,
            FieldDefinition f => f.IsPublic,
            TypeDefinition t => t.IsPublic || t.IsNestedPublic,
            _ => false,
        };
        for (var type = definition as TypeDefinition ?? definition.DeclaringType; visible && type is not null; type = type.DeclaringType)
        {
            visible = type.IsPublic || type.IsNestedPublic;
        }

        return visible;
    }

    /// <summary>The capability a namespace belongs to: itself, without a trailing <c>.Internal</c>.</summary>
    private static string Capability(string ns) => ns.EndsWith(".Internal", StringComparison.Ordinal) ? ns[..^".Internal".Length] : ns;

    private static int Layer(string capability) => Array.FindIndex(Layers, l => l.Contains(capability));

    private static Dictionary<string, SortedSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using var module = ModuleDefinition.ReadModule(typeof(Money).Assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
            }

            void Add(TypeReference? reference)
            {
                foreach (var ns in Namespaces(reference))
                {
                    if (ns != from)
                    {
                        targets.Add(ns);
                    }
                }
            }

            Add(type.BaseType);
            foreach (var i in type.Interfaces)
            {
                Add(i.InterfaceType);
            }

            foreach (var field in type.Fields)
            {
                Add(field.FieldType);
            }

            foreach (var method in type.Methods)
            {
                Add(method.ReturnType);
                foreach (var p in method.Parameters)
                {
                    Add(p.ParameterType);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var v in method.Body.Variables)
                {
                    Add(v.VariableType);
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Add(t);
                            break;
                        case MethodReference m:
                            Add(m.DeclaringType);
                            Add(m.ReturnType);
                            foreach (var p in m.Parameters)
                            {
                                Add(p.ParameterType);
                            }

                            if (m is GenericInstanceMethod g)
                            {
                                foreach (var a in g.GenericArguments)
                                {
                                    Add(a);
                                }
                            }

                            break;
                        case FieldReference f:
                            Add(f.DeclaringType);
                            Add(f.FieldType);
                            break;
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace of a type of the core, through nesting; null for compiler plumbing and other assemblies.</summary>
    private static string? NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace.StartsWith("RepayableAdvance", StringComparison.Ordinal) ? type.Namespace : null;
    }

    /// <summary>Every core namespace a type reference names: its element type and generic arguments included.</summary>
    private static IEnumerable<string> Namespaces(TypeReference? reference)
    {
        switch (reference)
        {
            case null:
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var inner in Namespaces(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Namespaces)))
                {
                    yield return inner;
                }

                yield break;
            case TypeSpecification spec:
                foreach (var inner in Namespaces(spec.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                // Types of the core are in its own module; others (NodaTime, the BCL) are outside the graph.
                if (reference.Scope is ModuleDefinition && NamespaceOf(reference) is { } ns)
                {
                    yield return ns;
                }

                yield break;
        }
    }
}
