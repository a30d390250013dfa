using System.Text.Json;
using RepayableAdvance.Calendars;
using RepayableAdvance.Collections;

namespace RepayableAdvance.Json;

/// <summary>
/// The <c>collections</c> section of a scheme version:
/// <c>{ "lateInterest": { "rate": "legal", "category": "otherCreditors", "from": "formalNotice", "judgmentIncrease": true, "yearlyCompounding": false, "penalty": "5%", "dayCount": "Actual/365F" }, "noticeBeforeAcceleration": true, "buckets": [30, 90, 180], "commitments": [ { "code": "jobsKept", "months": 36, "basis": "proRata" } ] }</c>.
/// Every field is optional and takes the value of <see cref="CollectionTerms.Default"/>.
/// </summary>
internal static class CollectionsSection
{
    internal static CollectionTerms? Read(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "lateInterest", "noticeBeforeAcceleration", "buckets", "commitments"))
        {
            return null;
        }

        var errors = r.Errors.Count;
        var late = DocumentReader.TryGet(e, "lateInterest", out var li) ? LateInterest(r, li, p + ".lateInterest") : LateInterestRule.Legal();
        var notice = r.Bool(e, p, "noticeBeforeAcceleration") ?? true;
        var buckets = DelinquencyBuckets.Standard;
        if (DocumentReader.TryGet(e, "buckets", out var b))
        {
            if (b.ValueKind != JsonValueKind.Array)
            {
                r.Error(p + ".buckets", "type", "Expected the last day past due of each bucket but the last, such as [30, 90, 180].", "Attendu le dernier jour de retard de chaque tranche sauf la dernière, par exemple [30, 90, 180].");
            }
            else
            {
                var bounds = new List<int>();
                var i = 0;
                foreach (var item in b.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var day))
                    {
                        bounds.Add(day);
                    }
                    else
                    {
                        r.Error($"{p}.buckets[{i}]", "type", "Expected a whole number of days.", "Nombre entier de jours attendu.");
                    }

                    i++;
                }

                buckets = r.Errors.Count == errors ? r.Try(p + ".buckets", () => DelinquencyBuckets.FromUpperBounds([.. bounds])) ?? buckets : buckets;
            }
        }

        var commitments = r.Array(e, p, "commitments", (x, xp) =>
        {
            if (!r.Object(x, xp, "code", "months", "basis"))
            {
                return null;
            }

            var code = r.String(x, xp, "code", required: true);
            var months = r.Int(x, xp, "months", 1, 600);
            var basis = r.Enum<ClawbackBasis>(x, xp, "basis", required: true);
            if (months is null && !DocumentReader.TryGet(x, "months", out _))
            {
                r.Error(xp + ".months", "required", "The months are required: how long the commitment binds from the first disbursement.", "La durée en mois est requise : combien de temps l'engagement lie à compter du premier décaissement.");
            }

            return code is not null && months is { } m && basis is { } bs ? r.Try(xp, () => new CommitmentTerm(code, m, bs)) : null;
        });
        return r.Errors.Count == errors && late is not null ? new CollectionTerms(late, notice, buckets, commitments) : null;
    }

    private static LateInterestRule? LateInterest(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "rate", "category", "from", "judgmentIncrease", "yearlyCompounding", "penalty", "dayCount"))
        {
            return null;
        }

        var errors = r.Errors.Count;
        var text = r.String(e, p, "rate") ?? "legal";
        LateInterestRule? rule = null;
        if (text == "legal")
        {
            rule = LateInterestRule.Legal(r.Enum<LegalRateCategory>(e, p, "category") ?? LegalRateCategory.OtherCreditors);
        }
        else if (Rate.TryParse(text, out var rate))
        {
            if (DocumentReader.TryGet(e, "category", out _))
            {
                r.Error(p + ".category", "unknown", "A category applies to the legal rate only; this rule has a contractual rate.", "Une catégorie ne s'applique qu'au taux légal ; cette règle a un taux contractuel.");
            }

            rule = r.Try(p + ".rate", () => LateInterestRule.Contractual(rate));
        }
        else
        {
            r.Error(p + ".rate", "value", $"'{text}' is neither \"legal\" nor a rate with its unit, such as \"8%\".", $"« {text} » n'est ni \"legal\" ni un taux avec son unité, comme \"8%\".");
        }

        if (rule is null)
        {
            return null;
        }

        if (r.String(e, p, "from") is { } from)
        {
            if (from is "formalNotice" or "dueDate")
            {
                rule = rule.WithStart(from == "dueDate");
            }
            else
            {
                r.Error(p + ".from", "value", $"'{from}' is not allowed; use one of formalNotice, dueDate.", $"« {from} » n'est pas admis ; valeurs possibles : formalNotice, dueDate.");
            }
        }

        if (r.Bool(e, p, "judgmentIncrease") is { } increase)
        {
            rule = r.Try(p + ".judgmentIncrease", () => rule.WithJudgmentIncrease(increase)) ?? rule;
        }

        if (r.Bool(e, p, "yearlyCompounding") is { } compound)
        {
            rule = rule.WithYearlyCompounding(compound);
        }

        if (r.Rate(e, p, "penalty") is { } penalty)
        {
            rule = r.Try(p + ".penalty", () => rule.WithPenalty(penalty)) ?? rule;
        }

        if (r.String(e, p, "dayCount") is { } dayCount)
        {
            rule = r.Try(p + ".dayCount", () => rule.WithDayCount(DayCountConventions.FromName(dayCount))) ?? rule;
        }

        return r.Errors.Count == errors ? rule : null;
    }

    internal static void Write(Utf8JsonWriter w, CollectionTerms terms)
    {
        w.WriteStartObject();
        w.WriteStartObject("lateInterest");
        var late = terms.LateInterest;
        w.WriteString("rate", late.ContractualRate is { } rate ? rate.ToString() : "legal");
        if (late.ContractualRate is null)
        {
            w.WriteString("category", ReasonCodes.NameOf(late.Category));
        }

        w.WriteString("from", late.FromDueDate ? "dueDate" : "formalNotice");
        w.WriteBoolean("judgmentIncrease", late.JudgmentIncrease);
        w.WriteBoolean("yearlyCompounding", late.YearlyCompounding);
        if (late.Penalty is { } penalty)
        {
            w.WriteString("penalty", penalty.ToString());
        }

        w.WriteString("dayCount", late.DayCount.Name);
        w.WriteEndObject();
        w.WriteBoolean("noticeBeforeAcceleration", terms.NoticeBeforeAcceleration);
        w.WriteStartArray("buckets");
        foreach (var bucket in terms.Buckets.Buckets.Where(x => x.ToDays is not null))
        {
            w.WriteNumberValue(bucket.ToDays!.Value);
        }

        w.WriteEndArray();
        w.WriteStartArray("commitments");
        foreach (var c in terms.Commitments)
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteNumber("months", c.Months);
            w.WriteString("basis", ReasonCodes.NameOf(c.Basis));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
