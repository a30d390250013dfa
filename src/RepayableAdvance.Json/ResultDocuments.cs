// Longer than 400 lines on purpose: one writer per result kind, all sharing the money, rate, date and reason writers that make the output lossless.
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>
/// Lossless JSON of every result the library computes: a proposal, an eligibility or sizing result with its reasons
/// and trace, a schedule with its phases, a gross grant equivalent with its lines, a de minimis check, a fund report
/// and a stress result with every percentile and the mean. Each document starts with <c>"kind"</c> and validates
/// against <c>docs/schema/results.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>Every public property of a result appears under its camelCase name. Amounts are
/// <c>{ "amount": "1234.56", "currency": "EUR" }</c> with the amount as an invariant-culture string (never a binary
/// number), rates carry their unit (<c>"3.49%"</c>), dates are ISO (<c>yyyy-MM-dd</c>), enumerations are camelCase
/// names. A reason is <c>{ "code", "arguments", "en", "fr" }</c>: its stable code, its typed arguments, and its text
/// in English and French with the built-in templates.</para>
/// <para>A figure that has a "before" and an "after" says which in its name (<c>fundBefore</c>, <c>headroomAfter</c>).</para>
/// </remarks>
/// <threadsafety>All members are stateless and thread-safe.</threadsafety>
public static partial class ResultDocuments
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Writes a committee proposal: its outcome, decision, caveats and every stage's result.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public static string Write(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return Document("proposal", w => WriteProposal(w, proposal));
    }

    /// <summary>Writes an eligibility result with its tree of rule results.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document("eligibilityResult", w => WriteEligibilityBody(w, result));
    }

    /// <summary>Writes a sizing result with its need, caps and trace.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(SizingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document("sizingResult", w => WriteSizingBody(w, result));
    }

    /// <summary>Writes a repayment schedule: its terms and events, totals, installments with their phases, prepayments and cash flows.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Write(RepaymentSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Document("schedule", w => WriteScheduleBody(w, schedule));
    }

    /// <summary>Writes a gross grant equivalent with its quote and its lines.</summary>
    /// <param name="aid">The gross grant equivalent.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aid"/> is null.</exception>
    public static string Write(GrantEquivalent aid)
    {
        ArgumentNullException.ThrowIfNull(aid);
        return Document("grantEquivalent", w => WriteGrantEquivalentBody(w, aid));
    }

    /// <summary>Writes a de minimis check, with the headroom before and after the aid.</summary>
    /// <param name="check">The check.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    public static string Write(DeMinimisCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Document("deMinimisCheck", w => WriteDeMinimisBody(w, check));
    }

    /// <summary>Writes a fund report: the fund's position on a date and each co-funder's statement.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(FundReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Document("fundReport", w =>
        {
            w.WriteString("fund", report.Fund.Name);
            Date(w, "asOf", report.AsOf);
            w.WritePropertyName("position");
            WritePosition(w, report.Position);
            w.WriteStartArray("statements");
            foreach (var s in report.Statements)
            {
                w.WriteStartObject();
                w.WriteStartObject("coFunder");
                w.WriteString("id", s.CoFunder.Id);
                w.WriteString("name", s.CoFunder.Name);
                w.WriteEndObject();
                Date(w, "asOf", s.AsOf);
                RateValue(w, "share", s.Share);
                Money(w, "contributed", s.Contributed);
                Money(w, "cash", s.Cash);
                Money(w, "outstanding", s.Outstanding);
                Money(w, "committedUndisbursed", s.CommittedUndisbursed);
                Money(w, "available", s.Available);
                Money(w, "losses", s.Losses);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes a stress result: its settings, every month's percentiles and mean, and the summary probabilities.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Indented JSON, ending with a new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(StressResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document("stressResult", w =>
        {
            w.WriteStartObject("settings");
            w.WriteNumber("scenarios", result.Settings.Scenarios);
            w.WriteNumber("months", result.Settings.Months);
            w.WriteNumber("seed", result.Settings.Seed);
            w.WriteNumber("maxDegreeOfParallelism", result.Settings.MaxDegreeOfParallelism);
            w.WriteEndObject();
            Number(w, "exhaustionProbability", result.ExhaustionProbability);
            Number(w, "expectedAdvancesFunded", result.ExpectedAdvancesFunded);
            Number(w, "expectedDefaults", result.ExpectedDefaults);
            w.WriteStartArray("available");
            foreach (var m in result.Available)
            {
                w.WriteStartObject();
                w.WriteNumber("month", m.Month);
                Money(w, "p5", m.P5);
                Money(w, "p25", m.P25);
                Money(w, "p50", m.P50);
                Money(w, "p75", m.P75);
                Money(w, "p95", m.P95);
                Money(w, "mean", m.Mean);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes a book's arrears: the total per bucket, and each advance's arrears per bucket.</summary>
    /// <param name="arrears">The arrears.</param>
    /// <returns>Indented JSON, kind <c>bookArrears</c>.</returns>
    public static string Write(BookArrears arrears)
    {
        ArgumentNullException.ThrowIfNull(arrears);
        return Document("bookArrears", w =>
        {
            Date(w, "asOf", arrears.AsOf);
            Money(w, "overdue", arrears.Overdue);
            w.WriteNumber("advancesInArrears", arrears.AdvancesInArrears);
            BucketAmounts(w, "totals", arrears.Totals);
            w.WriteStartArray("advances");
            foreach (var a in arrears.Advances)
            {
                w.WriteStartObject();
                w.WriteString("advanceId", a.AdvanceId);
                Date(w, "asOf", a.AsOf);
                w.WriteNumber("daysPastDue", a.DaysPastDue);
                if (a.Bucket is { } bucket)
                {
                    w.WritePropertyName("bucket");
                    Bucket(w, bucket);
                }
                else
                {
                    w.WriteNull("bucket");
                }

                Money(w, "overdue", a.Overdue);
                Money(w, "principalUnpaid", a.PrincipalUnpaid);
                BucketAmounts(w, "buckets", a.Buckets);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes the recovery by vintage (<see cref="CollectionReports.RecoveryByVintage"/>).</summary>
    /// <param name="vintages">The vintages.</param>
    /// <returns>Indented JSON, kind <c>vintages</c>.</returns>
    public static string Write(IReadOnlyList<VintageRecovery> vintages)
    {
        ArgumentNullException.ThrowIfNull(vintages);
        return Document("vintages", w =>
        {
            w.WriteStartArray("vintages");
            foreach (var v in vintages)
            {
                w.WriteStartObject();
                w.WriteNumber("year", v.Year);
                w.WriteNumber("advances", v.Advances);
                Money(w, "disbursed", v.Disbursed);
                Money(w, "principalRepaid", v.PrincipalRepaid);
                Money(w, "interestReceived", v.InterestReceived);
                Money(w, "writtenOff", v.WrittenOff);
                Money(w, "recovered", v.Recovered);
                Money(w, "outstanding", v.Outstanding);
                RateValue(w, "recoveryRate", v.RecoveryRate);
                RateValue(w, "lossRate", v.LossRate);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes collection deadlines (<see cref="CollectionReports.Deadlines"/>).</summary>
    /// <param name="deadlines">The deadlines.</param>
    /// <returns>Indented JSON, kind <c>deadlines</c>.</returns>
    public static string Write(IReadOnlyList<CollectionDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Document("deadlines", w =>
        {
            w.WriteStartArray("deadlines");
            foreach (var d in deadlines)
            {
                w.WriteStartObject();
                w.WriteString("advanceId", d.AdvanceId);
                w.WriteString("kind", ReasonCodes.NameOf(d.Kind));
                Date(w, "date", d.Date);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void Bucket(Utf8JsonWriter w, DelinquencyBucket bucket)
    {
        w.WriteStartObject();
        w.WriteString("name", bucket.Name);
        w.WriteNumber("fromDays", bucket.FromDays);
        if (bucket.ToDays is { } to)
        {
            w.WriteNumber("toDays", to);
        }
        else
        {
            w.WriteNull("toDays");
        }

        w.WriteEndObject();
    }

    private static void BucketAmounts(Utf8JsonWriter w, string name, IReadOnlyList<BucketAmount> amounts)
    {
        w.WriteStartArray(name);
        foreach (var b in amounts)
        {
            w.WriteStartObject();
            w.WritePropertyName("bucket");
            Bucket(w, b.Bucket);
            Money(w, "amount", b.Amount);
            w.WriteNumber("installments", b.Installments);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Document(string kind, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteProposal(Utf8JsonWriter w, Proposal p)
    {
        w.WriteStartObject("scheme");
        w.WriteString("id", p.Scheme.Id);
        w.WriteString("name", p.Scheme.Name);
        w.WriteEndObject();
        w.WriteStartObject("version");
        w.WriteString("version", p.Version.Version);
        Date(w, "effectiveFrom", p.Version.EffectiveFrom);
        OptionalDate(w, "effectiveTo", p.Version.EffectiveTo);
        w.WriteEndObject();
        w.WriteString("outcome", ReasonCodes.NameOf(p.Outcome));
        OptionalMoney(w, "amount", p.Amount);
        w.WritePropertyName("decision");
        WriteReason(w, p.Decision());
        if (p.Option is { } option)
        {
            w.WriteStartObject("option");
            w.WriteString("name", option.Name);
            w.WritePropertyName("description");
            WriteReason(w, Proposal.Describe(option));
            SchemeDocument.WriteTerms(w, "terms", option.Terms);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("option");
        }

        w.WriteStartArray("alternatives");
        foreach (var alternative in p.Alternatives)
        {
            w.WriteStartObject();
            w.WriteString("kind", "proposal");
            WriteProposal(w, alternative);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("caveats");
        foreach (var c in p.Caveats)
        {
            WriteReason(w, c);
        }

        w.WriteEndArray();
        Date(w, "grantDate", p.GrantDate);
        w.WritePropertyName("regime");
        if (p.Regime is { } regime)
        {
            w.WriteStartObject();
            w.WriteString("code", regime.Code);
            w.WriteString("name", regime.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteStartArray("basis");
        foreach (var b in p.Basis)
        {
            WriteReason(w, b);
        }

        w.WriteEndArray();
        w.WritePropertyName("application");
        w.WriteRawValue(ApplicationDocument.Write(p.Application));
        w.WriteStartObject("eligibility");
        WriteEligibilityBody(w, p.Eligibility);
        w.WriteEndObject();
        Optional(w, "sizing", p.Sizing, WriteSizingBody);
        w.WritePropertyName("terms");
        if (p.Terms is { } terms)
        {
            w.WriteRawValue(TermsDocument.Write(terms));
        }
        else
        {
            w.WriteNullValue();
        }

        Optional(w, "schedule", p.Schedule, WriteScheduleBody);
        Optional(w, "quote", p.Quote, WriteQuoteBody);
        Optional(w, "aid", p.Aid, WriteGrantEquivalentBody);
        Optional(w, "deMinimis", p.DeMinimis, WriteDeMinimisBody);
        w.WritePropertyName("stateAidRefusal");
        if (p.StateAidRefusal is { } refusal)
        {
            w.WriteStartObject();
            w.WriteString("rule", refusal.Code);
            w.WritePropertyName("reason");
            WriteReason(w, refusal.Reason);
            w.WriteString("detail", refusal.Detail);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("fundBefore");
        WritePosition(w, p.FundBefore);
        w.WritePropertyName("fundAfter");
        WritePosition(w, p.FundAfter);
    }

    private static void WriteEligibilityBody(Utf8JsonWriter w, EligibilityResult r)
    {
        w.WriteString("policy", r.Policy);
        w.WriteString("version", r.Version);
        w.WriteString("outcome", ReasonCodes.NameOf(r.Outcome));
        w.WriteBoolean("isEligible", r.IsEligible);
        Strings(w, "missingData", r.MissingData);
        w.WritePropertyName("root");
        WriteRuleResult(w, r.Root);
        w.WriteStartArray("failures");
        foreach (var f in r.Failures)
        {
            w.WriteStringValue(f.Rule);
        }

        w.WriteEndArray();
    }

    private static void WriteRuleResult(Utf8JsonWriter w, RuleResult r)
    {
        w.WriteStartObject();
        w.WriteString("rule", r.Rule);
        w.WriteString("outcome", ReasonCodes.NameOf(r.Outcome));
        w.WriteBoolean("notApplicable", r.NotApplicable);
        w.WritePropertyName("reason");
        WriteReason(w, r.Reason);
        Strings(w, "missingData", r.MissingData);
        w.WriteStartArray("children");
        foreach (var c in r.Children)
        {
            WriteRuleResult(w, c);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSizingBody(Utf8JsonWriter w, SizingResult r)
    {
        w.WriteString("policy", r.Policy);
        w.WriteString("version", r.Version);
        w.WriteString("outcome", ReasonCodes.NameOf(r.Outcome));
        OptionalMoney(w, "amount", r.Amount);
        OptionalMoney(w, "unrounded", r.Unrounded);
        if (r.BindingConstraint is { } binding)
        {
            w.WriteStartObject("bindingConstraint");
            w.WriteString("rule", binding.Code);
            if (binding.CapIndex is { } index)
            {
                w.WriteNumber("capIndex", index);
            }
            else
            {
                w.WriteNull("capIndex");
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("bindingConstraint");
        }

        Strings(w, "missingData", r.MissingData);
        w.WritePropertyName("need");
        WriteAmountResult(w, r.Need);
        w.WriteStartArray("caps");
        foreach (var c in r.Caps)
        {
            WriteAmountResult(w, c);
        }

        w.WriteEndArray();
        w.WriteStartArray("trace");
        foreach (var t in r.Trace)
        {
            WriteReason(w, t);
        }

        w.WriteEndArray();
    }

    private static void WriteAmountResult(Utf8JsonWriter w, AmountResult r)
    {
        w.WriteStartObject();
        w.WriteString("rule", r.Rule);
        OptionalMoney(w, "amount", r.Amount);
        w.WriteBoolean("applies", r.Applies);
        w.WritePropertyName("reason");
        WriteReason(w, r.Reason);
        Strings(w, "missingData", r.MissingData);
        w.WriteStartArray("children");
        foreach (var c in r.Children)
        {
            WriteAmountResult(w, c);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteScheduleBody(Utf8JsonWriter w, RepaymentSchedule s)
    {
        w.WritePropertyName("terms");
        w.WriteRawValue(TermsDocument.Write(s.Terms, s.Events));
        w.WritePropertyName("fixings");
        if (s.Fixings is { } fixings)
        {
            w.WriteRawValue(IndexFixingsDocument.Write(fixings));
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteString("currency", s.Currency.Code);
        w.WriteNumber("version", s.Version);
        Date(w, "maturity", s.Maturity);
        Money(w, "totalPrincipal", s.TotalPrincipal);
        Money(w, "totalInterest", s.TotalInterest);
        Money(w, "totalFees", s.TotalFees);
        Money(w, "totalCapitalized", s.TotalCapitalized);
        Money(w, "totalDue", s.TotalDue);
        Money(w, "totalPrepaid", s.TotalPrepaid);
        Money(w, "totalPaid", s.TotalPaid);
        Money(w, "writtenOff", s.WrittenOff);
        w.WriteString("currentAmortization", s.CurrentAmortization.ToString());
        w.WriteString("currentInterest", s.CurrentInterest.ToString());
        w.WriteStartArray("installments");
        foreach (var i in s.Installments)
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            Date(w, "dueDate", i.DueDate);
            Date(w, "unadjustedDueDate", i.UnadjustedDueDate);
            Date(w, "periodStart", i.PeriodStart);
            Date(w, "periodEnd", i.PeriodEnd);
            w.WriteNumber("accrualDays", i.AccrualDays);
            w.WriteString("phase", ReasonCodes.NameOf(i.Phase));
            RateValue(w, "rate", i.Rate);
            Money(w, "principal", i.Principal);
            Money(w, "interest", i.Interest);
            Money(w, "interestAccrued", i.InterestAccrued);
            Money(w, "capitalized", i.Capitalized);
            Money(w, "fees", i.Fees);
            Money(w, "totalDue", i.TotalDue);
            Money(w, "outstandingAfter", i.OutstandingAfter);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        CashFlows(w, "prepayments", s.Prepayments);
        CashFlows(w, "disbursementFees", s.DisbursementFees);
        CashFlows(w, "receipts", s.Receipts);
        CashFlows(w, "cashFlows", s.CashFlows);
    }

    private static void CashFlows(Utf8JsonWriter w, string name, IReadOnlyList<CashFlow> flows)
    {
        w.WriteStartArray(name);
        foreach (var f in flows)
        {
            w.WriteStartObject();
            Date(w, "date", f.Date);
            w.WriteString("kind", ReasonCodes.NameOf(f.Kind));
            Money(w, "amount", f.Amount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuoteBody(Utf8JsonWriter w, ReferenceRateQuote q)
    {
        w.WriteString("country", q.Country);
        Date(w, "date", q.Date);
        w.WriteStartObject("baseRate");
        w.WriteString("country", q.BaseRate.Country);
        Date(w, "from", q.BaseRate.From);
        OptionalDate(w, "to", q.BaseRate.To);
        RateValue(w, "rate", q.BaseRate.Rate);
        w.WriteEndObject();
        w.WriteStartObject("risk");
        w.WriteString("category", ReasonCodes.NameOf(q.Risk.Category));
        w.WriteString("collateral", ReasonCodes.NameOf(q.Risk.Collateral));
        w.WriteBoolean("hasCreditHistory", q.Risk.HasCreditHistory);
        OptionalString(w, "rating", q.Risk.Rating);

        w.WriteEndObject();
        RateValue(w, "margin", q.Margin);
        RateValue(w, "referenceRate", q.ReferenceRate);
        RateValue(w, "discountRate", q.DiscountRate);
    }

    private static void WriteGrantEquivalentBody(Utf8JsonWriter w, GrantEquivalent g)
    {
        w.WriteString("method", ReasonCodes.NameOf(g.Method));
        w.WriteString("methodName", g.Method.DisplayName());
        Date(w, "grantDate", g.GrantDate);
        Money(w, "amount", g.Amount);
        RateValue(w, "intensity", g.Intensity);
        Money(w, "principal", g.Principal);
        Number(w, "computed", g.Computed);
        Number(w, "principalPresentValue", g.PrincipalPresentValue);
        Number(w, "feesPresentValue", g.FeesPresentValue);
        RateValue(w, "differentialRate", g.DifferentialRate);
        RateValue(w, "discountingRate", g.DiscountingRate);
        w.WriteString("limit", ReasonCodes.NameOf(g.Limit));
        w.WriteStartObject("convention");
        w.WriteString("dayCount", g.Convention.DayCount.ToString());
        w.WriteString("compounding", ReasonCodes.NameOf(g.Convention.Compounding));
        w.WriteNumber("periodsPerYear", g.Convention.PeriodsPerYear);
        w.WriteString("timeMeasure", ReasonCodes.NameOf(g.Convention.TimeMeasure));
        w.WriteNumber("timeStepsPerYear", g.Convention.TimeStepsPerYear);
        w.WritePropertyName("lineRounding");
        if (g.Convention.LineRounding is { } unit)
        {
            w.WriteStringValue(unit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
        w.WriteStartObject("quote");
        WriteQuoteBody(w, g.Quote);
        w.WriteEndObject();
        w.WriteStartArray("lines");
        foreach (var l in g.Lines)
        {
            w.WriteStartObject();
            Date(w, "segmentStart", l.SegmentStart);
            Date(w, "date", l.Date);
            Number(w, "outstanding", l.Outstanding);
            Number(w, "disbursed", l.Disbursed);
            Number(w, "principalRepaid", l.PrincipalRepaid);
            Number(w, "capitalized", l.Capitalized);
            Number(w, "referenceInterest", l.ReferenceInterest);
            Number(w, "charges", l.Charges);
            Number(w, "discountFactor", l.DiscountFactor);
            Number(w, "presentValue", l.PresentValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDeMinimisBody(Utf8JsonWriter w, DeMinimisCheck c)
    {
        w.WriteBoolean("fits", c.Fits);
        w.WriteStartObject("regime");
        w.WriteString("code", c.Regime.Code);
        w.WriteString("name", c.Regime.Name);
        w.WriteEndObject();
        w.WriteString("beneficiary", c.Beneficiary);
        Strings(w, "undertaking", c.Undertaking);
        Date(w, "grantDate", c.GrantDate);
        Money(w, "proposed", c.Proposed);
        Money(w, "ceiling", c.Ceiling);
        Money(w, "used", c.Used);
        Money(w, "headroomBefore", c.HeadroomBefore);
        Money(w, "headroomAfter", c.HeadroomAfter);
        Money(w, "totalAfter", c.TotalAfter);
        Date(w, "windowEnd", c.WindowEnd);
        w.WriteStartArray("counted");
        foreach (var g in c.Counted)
        {
            WriteGrant(w, g);
        }

        w.WriteEndArray();
        w.WritePropertyName("grant");
        WriteGrant(w, c.Grant);
        w.WriteStartObject("applicability");
        w.WriteStartObject("regime");
        w.WriteString("code", c.Applicability.Regime.Code);
        w.WriteString("name", c.Applicability.Regime.Name);
        w.WriteEndObject();
        Date(w, "grantDate", c.Applicability.GrantDate);
        w.WriteString("basis", ReasonCodes.NameOf(c.Applicability.Basis));
        OptionalString(w, "article", c.Applicability.Article);
        w.WriteBoolean("isCovered", c.Applicability.IsCovered);
        w.WriteEndObject();
        w.WriteStartObject("bindingCeiling");
        Money(w, "amount", c.BindingCeiling.Amount);
        w.WriteString("window", ReasonCodes.NameOf(c.BindingCeiling.Window));
        w.WriteStartArray("countedSectors");
        foreach (var s in c.BindingCeiling.CountedSectors.Order())
        {
            w.WriteStringValue(ReasonCodes.NameOf(s));
        }

        w.WriteEndArray();
        w.WriteString("article", c.BindingCeiling.Article);
        w.WriteNumber("fiscalYearStart", c.BindingCeiling.FiscalYearStart);
        w.WriteBoolean("roadFreight", c.BindingCeiling.RoadFreight);
        w.WriteEndObject();
        Date(w, "windowStart", c.WindowStart);
    }

    private static void WriteGrant(Utf8JsonWriter w, DeMinimisGrant g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        w.WriteString("beneficiary", g.Beneficiary);
        Date(w, "grantDate", g.GrantDate);
        w.WriteString("regime", g.Regime.Code);
        Money(w, "grossGrantEquivalent", g.GrossGrantEquivalent);
        OptionalString(w, "grantDateEvent", g.GrantDateEvent);
        OptionalString(w, "description", g.Description);
        w.WriteString("roadFreight", ReasonCodes.NameOf(g.RoadFreight));
        w.WriteBoolean("isIndividualAid", g.IsIndividualAid);
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, FundPosition? p)
    {
        if (p is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        Date(w, "asOf", p.AsOf);
        Money(w, "endowment", p.Endowment);
        Money(w, "committed", p.Committed);
        Money(w, "committedUndisbursed", p.CommittedUndisbursed);
        Money(w, "disbursed", p.Disbursed);
        Money(w, "outstanding", p.Outstanding);
        Money(w, "principalRepaid", p.PrincipalRepaid);
        Money(w, "interestReceived", p.InterestReceived);
        Money(w, "writtenOff", p.WrittenOff);
        Money(w, "recovered", p.Recovered);
        Money(w, "fees", p.Fees);
        Money(w, "cash", p.Cash);
        Money(w, "available", p.Available);
        RateValue(w, "utilisation", p.Utilisation);
        w.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter w, Reason reason)
    {
        w.WriteStartObject();
        w.WriteString("code", reason.Code.Value);
        w.WriteStartObject("arguments");
        foreach (var a in reason.Arguments)
        {
            switch (a.Value)
            {
                case Money m:
                    Money(w, a.Name, m);
                    break;
                case Rate r:
                    RateValue(w, a.Name, r);
                    break;
                case LocalDate d:
                    Date(w, a.Name, d);
                    break;
                case bool b:
                    w.WriteBoolean(a.Name, b);
                    break;
                case long l:
                    w.WriteNumber(a.Name, l);
                    break;
                case decimal n:
                    Number(w, a.Name, n);
                    break;
                default:
                    w.WriteString(a.Name, Convert.ToString(a.Value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        w.WriteEndObject();
        w.WriteString("en", ReasonFormatter.Default.Format(reason, English));
        w.WriteString("fr", ReasonFormatter.Default.Format(reason, French));
        w.WriteEndObject();
    }

    private static void Optional<T>(Utf8JsonWriter w, string name, T? value, Action<Utf8JsonWriter, T> body)
        where T : class
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        body(w, value);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Money(Utf8JsonWriter w, string name, Money m) => FundReader.WriteMoney(w, name, m);

    private static void OptionalMoney(Utf8JsonWriter w, string name, Money? m)
    {
        if (m is { } value)
        {
            Money(w, name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void RateValue(Utf8JsonWriter w, string name, Rate r) => w.WriteString(name, r.ToString());

    private static void Number(Utf8JsonWriter w, string name, decimal value) => w.WriteString(name, value.ToString(CultureInfo.InvariantCulture));

    private static void Date(Utf8JsonWriter w, string name, LocalDate date) => w.WriteString(name, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    private static void OptionalDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            Date(w, name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
