// Longer than 400 lines on purpose: the terms document's reader and writer, field by field in the same order, so that a field added to one is seen missing from the other.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes the terms of an advance's schedule with its servicing events (prepayments, payment holidays, rate changes, restructurings, write-off).</summary>
/// <remarks>
/// <para>Every setting of <see cref="ScheduleTerms"/> has a property; omitted ones take the defaults of the constructor.
/// Money is <c>{ "amount": "150000.00", "currency": "EUR" }</c>, rates carry their unit (<c>"3.49%"</c>, <c>"150bp"</c>),
/// dates are ISO. Loading is two-phase: strict reading, then the domain's own validation, each error with its JSON path.
/// See <c>docs/json.md</c> and <c>docs/examples/terms.json</c>.</para>
/// </remarks>
public static class TermsDocument
{
    private static readonly string[] TermsProperties =
    [
        "tranches", "installments", "frequencyMonths", "amortization", "interest", "firstDueDate", "deferral", "calendar", "convention",
        "endOfMonth", "accrualDates", "brokenPeriod", "fees", "lateInterest", "rounding", "principal", "dayOfMonth", "maturity", "stub", "generation", "finalDueDate",
    ];

    /// <summary>Generates a document's schedule and applies every event in order; what does not fit is an error at the path of its part of the terms document.</summary>
    /// <param name="document">The terms and events, as read.</param>
    /// <param name="fixings">The index fixings, for indexed interest; null when none are needed.</param>
    /// <param name="schedule">The current schedule version, when there is no error.</param>
    /// <param name="errors">The errors: <c>$.interest</c> for missing fixings or an all-in rate out of range, <c>$.events[i]</c> for an event that does not fit.</param>
    /// <returns>Whether the schedule was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static bool TrySchedule(TermsAndEvents document, IndexFixings? fixings, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RepaymentSchedule? schedule, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TryReplay(fixings, out schedule, out var failure))
        {
            errors = [];
            return true;
        }

        var message = DocumentReader.Clean(failure.Message);
        var french = DocumentReader.Clean(failure.French);
        errors = failure.EventIndex is { } index
            ? [new DocumentError($"$.events[{index}]", "refused", message, french)]
            : [new DocumentError("$.interest", failure.Kind == ScheduleReplayFailureKind.Fixing ? "fixing" : "refused", message, french)];
        return false;
    }

    /// <summary>Tries to load terms and events.</summary>
    /// <param name="json">The document.</param>
    /// <param name="value">The terms and events, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TermsAndEvents? value, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TermsAndEvents? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out value, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TermsAndEvents? value, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        value = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            value = Load(r, document.RootElement);
        }

        errors = r.Errors;
        if (r.Errors.Count > 0)
        {
            value = null;
        }

        return value is not null;
    }

    /// <summary>Loads terms and events or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The terms and events.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static TermsAndEvents Read(string json) => TryRead(json, out var value, out var errors) ? value : throw new DocumentException(errors);

    /// <summary>Writes terms and events (the inverse of <see cref="Read"/>).</summary>
    /// <param name="terms">The terms.</param>
    /// <param name="events">The events, or null for none.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(ScheduleTerms terms, IReadOnlyList<ServicingEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            WriteTerms(w, terms);
            w.WriteStartArray("events");
            foreach (var e in events ?? [])
            {
                WriteEvent(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads terms (and, at a document's root, events) from an object at a path; null after reporting errors.</summary>
    internal static TermsAndEvents? Load(DocumentReader r, JsonElement root, string P = "$", bool withEvents = true)
    {
        if (!r.Object(
            root, P, withEvents ? [.. TermsProperties, "$schema", "schemaVersion", "events"] : TermsProperties)
            || (withEvents && r.SchemaVersion(root, P) is null))
        {
            return null;
        }

        var tranches = r.Array(root, P, "tranches", (e, p) =>
            r.Object(e, p, "date", "amount") && r.Date(e, p, "date", required: true) is { } date && r.Money(e, p, "amount", required: true) is { } amount
                ? Boxed(r, p, () => new Tranche(date, amount))
                : null).Select(b => b.Value).ToList();
        if (!DocumentReader.TryGet(root, "tranches", out _))
        {
            r.Error(P + ".tranches", "required", "The terms need at least one tranche { date, amount }.", "Les conditions exigent au moins un versement { date, amount }.");
        }

        var installments = r.Int(root, P, "installments", 1, DomainBounds.MaxInstallments);
        var maturity = r.Date(root, P, "maturity");
        var stub = r.Enum<StubPeriod>(root, P, "stub");
        var generation = r.Enum<DateGeneration>(root, P, "generation");
        if ((installments is null) == (maturity is null) && r.Errors.Count == 0)
        {
            r.Error(
                P + (installments is null ? ".installments" : ".maturity"),
                "required",
                "Give either the number of installments (1 to 600, deferral included) or a maturity to generate backward from, not both.",
                "Indiquez soit le nombre d'échéances (1 à 600, différé compris), soit une échéance finale à partir de laquelle générer à rebours, pas les deux.");
        }

        var frequency = r.Int(root, P, "frequencyMonths", 1, 12) is { } months ? r.Try(P + ".frequencyMonths", () => (object)Frequency.EveryMonths(months)) : null;
        if (!DocumentReader.TryGet(root, "frequencyMonths", out _))
        {
            r.Error(P + ".frequencyMonths", "required", "The installment frequency in months is required (1 monthly, 3 quarterly, 6, 12…).", "La périodicité des échéances en mois est requise (1 mensuelle, 3 trimestrielle, 6, 12…).");
        }
        var amortization = r.Required(root, P, "amortization", out var am) ? TermParts.Amortization(r, am, P + ".amortization") : null;
        var interest = r.Required(root, P, "interest", out var ie) ? TermParts.Interest(r, ie, P + ".interest") : null;
        var firstDue = r.Date(root, P, "firstDueDate");
        var deferral = TermParts.Deferral(r, root, P, "deferral");
        var calendar = r.String(root, P, "calendar") is { } calendarName ? r.Try(P + ".calendar", () => HolidayCalendars.FromName(calendarName)) : null;
        var convention = r.Enum<BusinessDayConvention>(root, P, "convention") ?? BusinessDayConvention.Unadjusted;
        var endOfMonth = r.Enum<EndOfMonthRule>(root, P, "endOfMonth") ?? EndOfMonthRule.KeepDay;
        var accrualDates = r.Enum<AccrualDates>(root, P, "accrualDates") ?? AccrualDates.Adjusted;
        var broken = r.Enum<BrokenPeriodInterest>(root, P, "brokenPeriod") ?? BrokenPeriodInterest.ActualDays;
        var fees = r.Array(root, P, "fees", (e, p) => Fee(r, e, p));
        var late = DocumentReader.TryGet(root, "lateInterest", out var le) ? LateInterestValue(r, le, P + ".lateInterest") : null;
        var rounding = DocumentReader.TryGet(root, "rounding", out var re) ? Rounding(r, re, P + ".rounding") : null;
        var principal = r.Money(root, P, "principal");
        var events = withEvents ? r.Array(root, P, "events", (e, p) => Event(r, e, p)) : [];
        var dayOfMonth = r.Int(root, P, "dayOfMonth", 1, 31);
        var finalDue = r.Date(root, P, "finalDueDate");
        if (r.Errors.Count > 0 || frequency is null || amortization is null || interest is null || (installments is null && maturity is null))
        {
            return null;
        }

        // With a maturity, the count is found from it; until then, one installment more than the deferral holds.
        var terms = r.Try(P, () => new ScheduleTerms(
            tranches, installments ?? 1 + deferral.Sum(phase => phase.InstallmentsFor((Frequency)frequency)), (Frequency)frequency, amortization, interest, firstDue, deferral, calendar, convention, endOfMonth, accrualDates, broken, fees, late, rounding, principal, dayOfMonth, finalDue));
        if (terms is not null && maturity is { } m)
        {
            terms = r.Try(P + ".maturity", () => terms.WithMaturity(m, stub ?? StubPeriod.ShortStub, generation ?? DateGeneration.Backward));
        }

        if (terms is null)
        {
            return null;
        }

        var value = new TermsAndEvents(terms, events);

        // Terms that need no fixings are generated and serviced now, so that a document that reads also schedules;
        // indexed terms are checked the same way by TrySchedule once their fixings are given.
        if (withEvents && terms.Interest.Floating is null && !TrySchedule(value, null, out _, out var scheduleErrors))
        {
            foreach (var e in scheduleErrors)
            {
                r.Error(P == "$" ? e.Path : P + e.Path[1..], e.Code, e.Message, e.FrenchMessage);
            }

            return null;
        }

        return value;
    }

    private static Fee? Fee(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "name", "amount", "percentage", "timing"))
        {
            return null;
        }

        var name = r.String(e, p, "name", required: true);
        var amount = r.Money(e, p, "amount");
        var percentage = r.Rate(e, p, "percentage");
        var timing = r.Enum<FeeTiming>(e, p, "timing", required: true);
        if ((amount is null) == (percentage is null))
        {
            r.Error(p, "value", "A fee needs exactly one of amount (flat) or percentage.", "Des frais exigent soit un montant (forfait), soit un pourcentage.");
            return null;
        }

        return name is null || timing is null
            ? null
            : r.Try(p, () => amount is { } flat ? Scheduling.Fee.Flat(name, flat, timing.Value) : Scheduling.Fee.OfPercentage(name, percentage!.Value, timing.Value));
    }

    private static LateInterest? LateInterestValue(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "rate", "dayCount"))
        {
            return null;
        }

        var rate = r.Rate(e, p, "rate", required: true);
        var dayCount = r.String(e, p, "dayCount", required: true) is { } name ? r.Try(p + ".dayCount", () => DayCountConventions.FromName(name)) : null;
        if (dayCount is { UsesReferencePeriod: true })
        {
            r.Error(
                p + ".dayCount",
                "value",
                $"{dayCount.Name} needs a schedule's reference periods, which days past due do not have: choose another day count, such as Actual/365F.",
                $"{dayCount.Name} exige les périodes de référence d'un échéancier, que des jours de retard n'ont pas : choisissez un autre décompte, comme Actual/365F.");
            return null;
        }

        return rate is null || dayCount is null ? null : r.Try(p, () => new LateInterest(rate.Value, dayCount));
    }

    private static ScheduleRounding? Rounding(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "mode", "scale", "cashIncrement", "installmentIncrement", "residue"))
        {
            return null;
        }

        var mode = r.Enum<RoundingMode>(e, p, "mode") ?? RoundingMode.ToEven;
        var scale = r.Int(e, p, "scale");
        var cash = r.Decimal(e, p, "cashIncrement");
        var installment = r.Decimal(e, p, "installmentIncrement");
        var residue = r.Enum<ResidueTarget>(e, p, "residue") ?? ResidueTarget.Last;
        var policy = r.Try(p, () => RoundingPolicy.Create(mode, scale, cash));
        return policy is null ? null : r.Try(p, () => new ScheduleRounding(policy, installment, residue));
    }

    internal static ServicingEvent? Event(DocumentReader r, JsonElement e, string p)
    {
        if (e.ValueKind != JsonValueKind.Object || !DocumentReader.TryGet(e, "event", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            r.Error(p, "required", "A servicing event is an object with \"event\": prepayment, paymentHoliday, rateChange, restructuring or writeOff.", "Un événement de gestion est un objet avec « event » : prepayment, paymentHoliday, rateChange, restructuring ou writeOff.");
            return null;
        }

        r.Repeated(e, p, "event");
        switch (kind.GetString())
        {
            case "prepayment":
            {
                r.Object(e, p, "event", "date", "amount", "effect");
                var date = r.Date(e, p, "date", required: true);
                var amount = r.Money(e, p, "amount", required: true);
                var effect = r.Enum<PrepaymentEffect>(e, p, "effect") ?? PrepaymentEffect.ReduceTerm;
                return date is { } d && amount is { } m ? r.Try(p, () => new PrepaymentEvent(d, m, effect)) : null;
            }

            case "paymentHoliday":
            {
                r.Object(e, p, "event", "date", "installments", "term", "interest", "from");
                var date = r.Date(e, p, "date", required: true);
                var count = r.Int(e, p, "installments");
                var term = r.Enum<HolidayTerm>(e, p, "term") ?? HolidayTerm.ExtendTerm;
                var interest = r.Enum<HolidayInterest>(e, p, "interest") ?? HolidayInterest.Charged;
                var from = r.Enum<RescheduleFrom>(e, p, "from") ?? RescheduleFrom.AfterDate;
                return date is { } d && count is { } n ? r.Try(p, () => new PaymentHolidayEvent(d, n, term, interest, from)) : Missing(r, p, "date and installments");
            }

            case "rateChange":
            {
                r.Object(e, p, "event", "date", "interest", "from");
                var date = r.Date(e, p, "date", required: true);
                var interest = r.Required(e, p, "interest", out var ie) ? TermParts.Interest(r, ie, p + ".interest") : null;
                var from = r.Enum<RescheduleFrom>(e, p, "from") ?? RescheduleFrom.AfterDate;
                return date is { } d && interest is not null ? r.Try(p, () => new RateChangeEvent(d, interest, from)) : null;
            }

            case "restructuring":
            {
                r.Object(e, p, "event", "date", "remainingInstallments", "amortization", "interest", "capitalizedArrears", "deferral", "from");
                var date = r.Date(e, p, "date", required: true);
                var remaining = r.Int(e, p, "remainingInstallments");
                var amortization = DocumentReader.TryGet(e, "amortization", out var am) ? TermParts.Amortization(r, am, p + ".amortization") : null;
                var interest = DocumentReader.TryGet(e, "interest", out var ie) ? TermParts.Interest(r, ie, p + ".interest") : null;
                var arrears = r.Money(e, p, "capitalizedArrears");
                var deferral = TermParts.Deferral(r, e, p, "deferral");
                var from = r.Enum<RescheduleFrom>(e, p, "from") ?? RescheduleFrom.AfterDate;
                return date is { } d && remaining is { } n
                    ? r.Try(p, () => new RestructuringEvent(d, n, amortization, interest, arrears, deferral, from))
                    : Missing(r, p, "date and remainingInstallments");
            }

            case "writeOff":
            {
                r.Object(e, p, "event", "date");
                return r.Date(e, p, "date", required: true) is { } d ? new WriteOffEvent(d) : null;
            }

            default:
                r.Error(p + ".event", "value", $"Unknown event '{kind.GetString()}'; use prepayment, paymentHoliday, rateChange, restructuring or writeOff.", $"Événement inconnu « {kind.GetString()} » ; utilisez prepayment, paymentHoliday, rateChange, restructuring ou writeOff.");
                return null;
        }
    }

    private static ServicingEvent? Missing(DocumentReader r, string p, string what)
    {
        r.Error(p, "required", $"This event needs {what}.", $"Cet événement exige {what}.");
        return null;
    }

    internal static void WriteTerms(Utf8JsonWriter w, ScheduleTerms t)
    {
        w.WriteStartArray("tranches");
        foreach (var tranche in t.Tranches)
        {
            w.WriteStartObject();
            w.WriteString("date", Iso(tranche.Date));
            FundReader.WriteMoney(w, "amount", tranche.Amount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("installments", t.Installments);
        w.WriteNumber("frequencyMonths", t.Frequency.Months);
        TermParts.WriteAmortization(w, "amortization", t.Amortization);
        TermParts.WriteInterest(w, "interest", t.Interest);
        if (t.FirstDueDate is { } first)
        {
            w.WriteString("firstDueDate", Iso(first));
        }

        if (t.DayOfMonth is { } day)
        {
            w.WriteNumber("dayOfMonth", day);
        }

        if (t.FinalDueDate is { } finalDue)
        {
            w.WriteString("finalDueDate", Iso(finalDue));
        }

        TermParts.WriteDeferral(w, "deferral", t.Deferral);
        w.WriteString("calendar", t.Calendar.Name);
        w.WriteString("convention", ReasonCodes.NameOf(t.Convention));
        w.WriteString("endOfMonth", ReasonCodes.NameOf(t.EndOfMonth));
        w.WriteString("accrualDates", ReasonCodes.NameOf(t.AccrualDates));
        w.WriteString("brokenPeriod", ReasonCodes.NameOf(t.BrokenPeriod));
        w.WriteStartArray("fees");
        foreach (var fee in t.Fees)
        {
            w.WriteStartObject();
            w.WriteString("name", fee.Name);
            if (fee.FlatAmount is { } flat)
            {
                FundReader.WriteMoney(w, "amount", flat);
            }
            else
            {
                w.WriteString("percentage", fee.Percentage!.Value.ToString());
            }

            w.WriteString("timing", ReasonCodes.NameOf(fee.Timing));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (t.LateInterest is { } late)
        {
            w.WriteStartObject("lateInterest");
            w.WriteString("rate", late.Rate.ToString());
            w.WriteString("dayCount", late.DayCount.Name);
            w.WriteEndObject();
        }

        w.WriteStartObject("rounding");
        w.WriteString("mode", ReasonCodes.NameOf(t.Rounding.Amounts.Mode));
        if (t.Rounding.Amounts.Scale is { } scale)
        {
            w.WriteNumber("scale", scale);
        }

        if (t.Rounding.Amounts.CashIncrement is { } cash)
        {
            w.WriteString("cashIncrement", cash.ToString(CultureInfo.InvariantCulture));
        }

        if (t.Rounding.InstallmentIncrement is { } increment)
        {
            w.WriteString("installmentIncrement", increment.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteString("residue", ReasonCodes.NameOf(t.Rounding.Residue));
        w.WriteEndObject();
    }

    internal static void WriteEvent(Utf8JsonWriter w, ServicingEvent e)
    {
        w.WriteStartObject();
        switch (e)
        {
            case PrepaymentEvent prepayment:
                w.WriteString("event", "prepayment");
                w.WriteString("date", Iso(e.Date));
                FundReader.WriteMoney(w, "amount", prepayment.Amount);
                w.WriteString("effect", ReasonCodes.NameOf(prepayment.Effect));
                break;
            case PaymentHolidayEvent holiday:
                w.WriteString("event", "paymentHoliday");
                w.WriteString("date", Iso(e.Date));
                w.WriteNumber("installments", holiday.Installments);
                w.WriteString("term", ReasonCodes.NameOf(holiday.Term));
                w.WriteString("interest", ReasonCodes.NameOf(holiday.Interest));
                break;
            case RateChangeEvent change:
                w.WriteString("event", "rateChange");
                w.WriteString("date", Iso(e.Date));
                TermParts.WriteInterest(w, "interest", change.Interest);
                break;
            case RestructuringEvent restructuring:
                w.WriteString("event", "restructuring");
                w.WriteString("date", Iso(e.Date));
                w.WriteNumber("remainingInstallments", restructuring.RemainingInstallments);
                if (restructuring.Amortization is { } amortization)
                {
                    TermParts.WriteAmortization(w, "amortization", amortization);
                }

                if (restructuring.Interest is { } interest)
                {
                    TermParts.WriteInterest(w, "interest", interest);
                }

                if (restructuring.CapitalizedArrears is { } arrears)
                {
                    FundReader.WriteMoney(w, "capitalizedArrears", arrears);
                }

                TermParts.WriteDeferral(w, "deferral", restructuring.Deferral);
                break;
            case WriteOffEvent:
                w.WriteString("event", "writeOff");
                w.WriteString("date", Iso(e.Date));
                break;
            default:
                throw new ArgumentException($"Servicing event {e.GetType().Name} has no document form.", nameof(e));
        }

        if (e.From != RescheduleFrom.AfterDate)
        {
            w.WriteString("from", ReasonCodes.NameOf(e.From));
        }

        w.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);


    private static StrongBox<T>? Boxed<T>(DocumentReader r, string path, Func<T> build)
        where T : struct => r.Try(path, () => new StrongBox<T>(build()));

}
