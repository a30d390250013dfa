using System.Text.Json;
using RepayableAdvance.Collections;

namespace RepayableAdvance.Json;

/// <summary>
/// Reads and writes a collection case:
/// <c>{ "advance": "HDF-2025-001", "noticeBeforeAcceleration": true, "steps": [ { "kind": "formalNotice", "date": "2027-01-05", "deadline": "2027-02-05" }, … ] }</c>.
/// </summary>
/// <remarks>
/// <para>Each step has a <c>kind</c> (the camelCase name of <see cref="CollectionStepKind"/>) and a <c>date</c>, and the
/// fields of its kind: <c>deadline</c> (formalNotice); <c>proceedings</c> and <c>publication</c> (proceedingsOpened);
/// <c>amount</c> (claimFiled, optional; recoveryOrder, settlement, recovery); <c>plan</c>, a servicing event as in a
/// terms document (paymentPlan); <c>commitment</c> with <c>code</c>, <c>from</c>, <c>until</c> and <c>basis</c>
/// (clawback). Whether each step is allowed is decided when the case is replayed on a book
/// (<see cref="CollectionCaseFile.Replay"/>), with reasons.</para>
/// <para>Never throws on any input: every error comes back with its path.</para>
/// </remarks>
public static class CollectionCaseDocument
{
    private static readonly string[] StepFields = ["kind", "date", "deadline", "proceedings", "publication", "amount", "plan", "commitment"];

    /// <summary>Tries to load a case.</summary>
    /// <param name="json">The document.</param>
    /// <param name="file">The case, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CollectionCaseFile? file, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CollectionCaseFile? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out file, out errors);
    }

    /// <summary>Loads a case or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The case.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static CollectionCaseFile Read(string json) => TryRead(json, out var file, out var errors) ? file : throw new DocumentException(errors);

    /// <summary>Writes a case (the inverse of <see cref="Read(string)"/>).</summary>
    /// <param name="collectionCase">The case, whose accepted steps are written.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(CollectionCase collectionCase)
    {
        ArgumentNullException.ThrowIfNull(collectionCase);
        return Write(new CollectionCaseFile(collectionCase.AdvanceId, collectionCase.NoticeBeforeAcceleration, collectionCase.Steps));
    }

    /// <summary>Writes a case file: its advance, its notice rule and its steps, whether or not they were applied.</summary>
    /// <param name="file">The file.</param>
    /// <returns>Indented JSON, which <see cref="Read(string)"/> reads back.</returns>
    public static string Write(CollectionCaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            w.WriteString("advance", file.AdvanceId);
            w.WriteBoolean("noticeBeforeAcceleration", file.NoticeBeforeAcceleration);
            w.WriteStartArray("steps");
            foreach (var s in file.Steps)
            {
                WriteStep(w, s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteStep(Utf8JsonWriter w, CollectionStep s)
    {
        w.WriteStartObject();
        w.WriteString("kind", ReasonCodes.NameOf(s.Kind));
        w.WriteString("date", Documents.Iso(s.Date));
        if (s.Deadline is { } deadline)
        {
            w.WriteString("deadline", Documents.Iso(deadline));
        }

        if (s.Proceedings is { } proceedings)
        {
            w.WriteString("proceedings", ReasonCodes.NameOf(proceedings));
        }

        if (s.Publication is { } publication)
        {
            w.WriteString("publication", Documents.Iso(publication));
        }

        if (s.Amount is { } amount)
        {
            FundReader.WriteMoney(w, "amount", amount);
        }

        if (s.Plan is { } plan)
        {
            w.WritePropertyName("plan");
            TermsDocument.WriteEvent(w, plan);
        }

        if (s.Commitment is { } c)
        {
            w.WriteStartObject("commitment");
            w.WriteString("code", c.Code);
            w.WriteString("from", Documents.Iso(c.From));
            w.WriteString("until", Documents.Iso(c.Until));
            w.WriteString("basis", ReasonCodes.NameOf(c.Basis));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CollectionCaseFile? file, out IReadOnlyList<DocumentError> errors)
    {
        file = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            file = Read(r, document.RootElement, "$");
        }

        errors = r.Errors;
        return file is not null && errors.Count == 0;
    }

    private static CollectionCaseFile? Read(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "advance", "noticeBeforeAcceleration", "steps", "$schema", "schemaVersion", "notes") || r.SchemaVersion(e, p) is null)
        {
            return null;
        }

        var advance = r.String(e, p, "advance", required: true);
        var notice = r.Bool(e, p, "noticeBeforeAcceleration") ?? true;
        r.Required(e, p, "steps", out _);
        var steps = r.Array(e, p, "steps", (x, xp) => Step(r, x, xp));
        return r.Errors.Count == 0 && advance is not null ? new CollectionCaseFile(advance, notice, steps) : null;
    }

    private static CollectionStep? Step(DocumentReader r, JsonElement x, string xp)
    {
        if (!r.Object(x, xp, StepFields))
        {
            return null;
        }

        r.Repeated(x, xp, "kind");
        var kind = r.Enum<CollectionStepKind>(x, xp, "kind", required: true);
        var date = r.Date(x, xp, "date", required: true);
        if (kind is not { } k || date is not { } d)
        {
            return null;
        }

        var allowed = k switch
        {
            CollectionStepKind.FormalNotice => ["deadline"],
            CollectionStepKind.ProceedingsOpened => ["proceedings", "publication"],
            CollectionStepKind.ClaimFiled or CollectionStepKind.RecoveryOrder or CollectionStepKind.Settlement or CollectionStepKind.Recovery => ["amount"],
            CollectionStepKind.PaymentPlan => ["plan"],
            CollectionStepKind.Clawback => ["commitment"],
            _ => Array.Empty<string>(),
        };
        foreach (var field in StepFields.Skip(2).Where(f => !allowed.Contains(f) && DocumentReader.TryGet(x, f, out _)))
        {
            r.Error(xp + "." + field, "unknown", $"A {ReasonCodes.NameOf(k)} step has no {field}.", $"Une étape {ReasonCodes.NameOf(k)} n'a pas de champ {field}.");
        }

        return k switch
        {
            CollectionStepKind.Reminder => CollectionStep.Reminder(d),
            CollectionStepKind.FormalNotice => r.Date(x, xp, "deadline", required: true) is { } deadline ? r.Try(xp, () => CollectionStep.FormalNotice(d, deadline)) : null,
            CollectionStepKind.PaymentPlan => DocumentReader.TryGet(x, "plan", out var plan)
                ? TermsDocument.Event(r, plan, xp + ".plan") is { } ev ? r.Try(xp, () => CollectionStep.PaymentPlan(d, ev)) : null
                : Missing(r, xp, "plan"),
            CollectionStepKind.Acceleration => CollectionStep.Acceleration(d),
            CollectionStepKind.ProceedingsOpened => r.Enum<ProceedingsKind>(x, xp, "proceedings", required: true) is { } kindOf && r.Date(x, xp, "publication", required: true) is { } published
                ? r.Try(xp, () => CollectionStep.ProceedingsOpened(d, kindOf, published))
                : null,
            CollectionStepKind.ClaimFiled => r.Money(x, xp, "amount") is { } claimed ? r.Try(xp, () => CollectionStep.ClaimFiled(d, claimed)) : CollectionStep.ClaimFiled(d),
            CollectionStepKind.ForeclosureRelief => CollectionStep.ForeclosureRelief(d),
            CollectionStepKind.ProceedingsClosed => CollectionStep.ProceedingsClosed(d),
            CollectionStepKind.RecoveryOrder => r.Money(x, xp, "amount", required: true) is { } ordered ? r.Try(xp, () => CollectionStep.RecoveryOrder(d, ordered)) : null,
            CollectionStepKind.Settlement => r.Money(x, xp, "amount", required: true) is { } settled ? r.Try(xp, () => CollectionStep.Settlement(d, settled)) : null,
            CollectionStepKind.WriteOff => CollectionStep.WriteOff(d),
            CollectionStepKind.Recovery => r.Money(x, xp, "amount", required: true) is { } recovered ? r.Try(xp, () => CollectionStep.Recovery(d, recovered)) : null,
            CollectionStepKind.Clawback => DocumentReader.TryGet(x, "commitment", out var c) ? Commitment(r, c, xp + ".commitment") is { } commitment ? CollectionStep.Clawback(d, commitment) : null : Missing(r, xp, "commitment"),
            _ => null,
        };
    }

    private static AdvanceCommitment? Commitment(DocumentReader r, JsonElement c, string cp)
    {
        if (!r.Object(c, cp, "code", "from", "until", "basis"))
        {
            return null;
        }

        var code = r.String(c, cp, "code", required: true);
        var from = r.Date(c, cp, "from", required: true);
        var until = r.Date(c, cp, "until", required: true);
        var basis = r.Enum<ClawbackBasis>(c, cp, "basis", required: true);
        return code is not null && from is { } f && until is { } u && basis is { } b ? r.Try(cp, () => new AdvanceCommitment(code, f, u, b)) : null;
    }

    private static CollectionStep? Missing(DocumentReader r, string xp, string field)
    {
        r.Error(xp + "." + field, "required", $"The {field} is required.", $"Le champ {field} est requis.");
        return null;
    }
}
