using RepayableAdvance.Studio.Components;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Studio;

/// <summary>Builds the studio: Blazor server-rendered components over the library, listening on localhost only unless told otherwise.</summary>
public static class StudioHost
{
    /// <summary>The address the studio listens on by default: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the application.</summary>
    /// <param name="args">Command-line arguments; <c>--urls</c> (or ASPNETCORE_URLS) overrides the default address.</param>
    /// <param name="urls">The address to listen on, overriding the arguments; null for them or the default.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args, string? urls = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(StudioHost).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });

        // The stylesheet and Blazor's script are served from the build output's manifest, in every environment.
        builder.WebHost.UseStaticWebAssets();
        var configured = urls ?? builder.Configuration["urls"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        builder.WebHost.UseUrls(configured ?? DefaultUrl);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddScoped<StudioSession>();
        builder.Services.Configure<Microsoft.AspNetCore.SignalR.HubOptions>(o => o.MaximumReceiveMessageSize = StudioSession.MaxDocumentBytes + 64 * 1024);

        var app = builder.Build();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
