using Microsoft.AspNetCore.Components;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Studio.Components;

/// <summary>A page over the session: it computes again and renders whenever the draft, the application or the language changes.</summary>
public abstract class SessionPage : ComponentBase, IDisposable
{
    /// <summary>Gets or sets the session.</summary>
    [Inject]
    protected StudioSession Session { get; set; } = null!;

    /// <summary>Gets the labels in the language chosen.</summary>
    protected Ui T => Ui.For(Session.French);

    /// <inheritdoc/>
    public void Dispose()
    {
        Session.Changed -= Changed;
        GC.SuppressFinalize(this);
    }

    /// <summary>Computes what the page shows from the session.</summary>
    protected abstract void Compute();

    /// <inheritdoc/>
    protected override void OnInitialized()
    {
        Session.Changed += Changed;
        Compute();
    }

    private void Changed() => InvokeAsync(() =>
    {
        Compute();
        StateHasChanged();
    });
}
