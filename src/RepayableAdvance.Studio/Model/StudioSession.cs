using System.Globalization;
using System.Text.Json.Nodes;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Studio.Model;

/// <summary>
/// What one browser connection works on: the scheme document it opened and its edited draft, the application, and the
/// documents beside them, all in memory; every figure and every message comes from the library.
/// </summary>
public sealed class StudioSession
{
    /// <summary>The largest document the studio reads: a bigger one is refused before it is read.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    private string _draft = string.Empty;

    /// <summary>Initializes a new instance of the <see cref="StudioSession"/> class on the Hauts-de-France preset.</summary>
    public StudioSession() => StartFromPreset("hauts-de-france-prevention");

    /// <summary>Raised when the draft, the application or the language changes.</summary>
    public event Action? Changed;

    /// <summary>Gets or sets the language of every text: English or French.</summary>
    public CultureInfo Culture { get; private set; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Gets the scheme document that was opened: the preset's or the uploaded one, before any edit.</summary>
    public string Start { get; private set; } = string.Empty;

    /// <summary>Gets the name of the opened document: a preset's identifier or an uploaded file's name.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>Gets the scheme document as edited.</summary>
    public string Draft => _draft;

    /// <summary>Gets the draft read by the library, when it has no error.</summary>
    public Scheme? Scheme { get; private set; }

    /// <summary>Gets the draft's errors, each with its JSON path, as the loader reports them.</summary>
    public IReadOnlyList<DocumentError> Errors { get; private set; } = [];

    /// <summary>Gets the application document.</summary>
    public string Application { get; private set; } = string.Empty;

    /// <summary>Gets the documents beside the scheme, by file name: ledger, fixings, base rates, register.</summary>
    public IReadOnlyDictionary<string, string> Beside { get; private set; } = new Dictionary<string, string>();

    /// <summary>Gets whether the interface is in French.</summary>
    public bool French => Culture.TwoLetterISOLanguageName == "fr";

    /// <summary>Switches the language.</summary>
    /// <param name="french">Whether to use French.</param>
    public void UseFrench(bool french)
    {
        Culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-GB");
        Changed?.Invoke();
    }

    /// <summary>Starts again from a built-in preset, with the documents <c>schemes new</c> writes beside it.</summary>
    /// <param name="preset">The preset's identifier.</param>
    /// <exception cref="ArgumentException">No preset has that identifier.</exception>
    public void StartFromPreset(string preset)
    {
        var documents = SchemeStarter.FromPreset(preset, preset + "-draft");
        Start = documents[0].Content;
        Origin = preset;
        Beside = documents.Skip(1).Where(d => d.FileName != SchemeStarter.ApplicationFile).ToDictionary(d => d.FileName, d => d.Content);
        Application = documents.Single(d => d.FileName == SchemeStarter.ApplicationFile).Content;
        SetDraft(Start);
    }

    /// <summary>Starts from an uploaded scheme document: it is taken only if the library reads it without error.</summary>
    /// <param name="name">The file's name.</param>
    /// <param name="json">The document.</param>
    /// <returns>The document's errors; empty when it was taken.</returns>
    public IReadOnlyList<DocumentError> Upload(string name, string json)
    {
        if (!SchemeDocument.TryRead(json, out _, out var errors))
        {
            return errors;
        }

        Start = json;
        Origin = name;
        SetDraft(json);
        return [];
    }

    /// <summary>Replaces the application by an uploaded one: taken only if the library reads it without error.</summary>
    /// <param name="json">The application document.</param>
    /// <returns>The document's errors; empty when it was taken.</returns>
    public IReadOnlyList<DocumentError> UploadApplication(string json)
    {
        if (!ApplicationDocument.TryRead(json, out _, out var errors))
        {
            return errors;
        }

        Application = json;
        Changed?.Invoke();
        return [];
    }

    /// <summary>Sets the draft and reads it again.</summary>
    /// <param name="json">The scheme document.</param>
    public void SetDraft(string json)
    {
        _draft = json;
        Scheme = SchemeDocument.TryRead(json, out var scheme, out var errors) ? scheme : null;
        Errors = errors;
        Changed?.Invoke();
    }

    /// <summary>Changes one value of the draft at a JSON path and reads it again.</summary>
    /// <param name="edit">The change to the document's tree.</param>
    public void Edit(Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var root = JsonNode.Parse(_draft)!;
        edit(root);
        SetDraft(root.ToJsonString(JsonTree.Indented) + "\n");
    }

    /// <summary>Changes the application document and notifies.</summary>
    /// <param name="edit">The change to the application's tree.</param>
    public void EditApplication(Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var root = JsonNode.Parse(Application)!;
        edit(root);
        Application = root.ToJsonString(JsonTree.Indented) + "\n";
        Changed?.Invoke();
    }

    /// <summary>Takes the founding story's application again: the boilermaker of Hauts-de-France Prévention.</summary>
    public void UseBoilermaker()
    {
        Application = SchemeStarter.FromPreset("hauts-de-france-prevention", "boilermaker").Single(d => d.FileName == SchemeStarter.ApplicationFile).Content;
        Changed?.Invoke();
    }

    /// <summary>Gets the proposal for the application under the draft, or null when the draft or the application does not read.</summary>
    /// <param name="errors">The application's errors, when it does not read.</param>
    /// <returns>The proposal.</returns>
    public Proposal? Propose(out IReadOnlyList<DocumentError> errors)
    {
        if (!ApplicationDocument.TryRead(Application, out var application, out errors) || Scheme is null)
        {
            return null;
        }

        try
        {
            return Scheme.Propose(application, Context());
        }
        catch (Exception e) when (e is ArgumentException or MissingReferenceDataException or Scheduling.ScheduleRefusedException)
        {
            // What the pipeline refuses to compute (no version on the date, a choice of terms not offered) is said as it is.
            errors = [new DocumentError("$", "refused", e.Message, DomainErrors.French(e))];
            return null;
        }
    }

    /// <summary>Gets the proposal context from the documents beside the scheme: ledger, register, fixings, base rates.</summary>
    /// <returns>The context.</returns>
    public ProposalContext Context() => new(
        Beside.TryGetValue(SchemeStarter.LedgerFile, out var ledger) ? FundLedgerDocument.Read(ledger) : null,
        Beside.TryGetValue(SchemeStarter.RegisterFile, out var register) ? DeMinimisRegisterDocument.Read(register) : null,
        Beside.TryGetValue(SchemeStarter.FixingsFile, out var fixings) ? IndexFixingsDocument.Read(fixings) : null,
        Beside.TryGetValue(SchemeStarter.BaseRatesFile, out var rates) ? BaseRateDocument.Read(rates) : null);
}
