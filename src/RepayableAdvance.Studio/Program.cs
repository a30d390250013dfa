namespace RepayableAdvance.Studio;

/// <summary>Starts the studio: <c>dotnet run --project src/RepayableAdvance.Studio</c>.</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var app = StudioHost.Build(args);
        await app.RunAsync();
    }
}
