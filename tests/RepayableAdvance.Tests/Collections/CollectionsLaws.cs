using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Collections.CollectionsFixtures;

namespace RepayableAdvance.Tests.Collections;

/// <summary>
/// The laws of collections: buckets partition the arrears exactly, ageing only moves down a bucket on a payment, and
/// any sequence of steps, valid or not, keeps the case, the schedule and the ledger reconciled: a refused step changes
/// nothing.
/// </summary>
public sealed class CollectionsLaws
{
    private static readonly DelinquencyBuckets[] BucketSets =
    [
        DelinquencyBuckets.Standard,
        DelinquencyBuckets.FromUpperBounds(15, 45),
        DelinquencyBuckets.FromUpperBounds(1, 2, 3, 60, 365),
        DelinquencyBuckets.FromUpperBounds(),
    ];

    /// <summary>A book whose advance received some payments of any amount, on any dates of its life.</summary>
    private static readonly Gen<(AdvanceBook Book, LocalDate AsOf, DelinquencyBuckets Buckets)> Books =
        from count in Gen.Choose(0, 12)
        from days in Gen.ArrayOf(Gen.Choose(1, 1_900), count)
        from cents in Gen.ArrayOf(Gen.Choose(1, 1_000_000), count)
        from asOf in Gen.Choose(0, 2_000)
        from set in Gen.Elements(BucketSets)
        from late in Gen.Elements(false, true)
        select (Pay(days, cents, late), Disbursement.PlusDays(asOf), set);

    /// <summary>The fixtures' schedule with late interest at 6 % Actual/365F: payments then settle one by one, in date order.</summary>
    private static readonly RepaymentSchedule WithLateInterest = RepaymentSchedule.Generate(
        Funds.FundFixtures.BookSchedule(Funds.FundFixtures.E(150_000m)).Terms.WithLateInterest(new LateInterest(Rate.FromPercent(6m), RepayableAdvance.Calendars.DayCountConventions.Actual365Fixed)));

    private static AdvanceBook Pay(int[] days, int[] cents, bool late = false)
    {
        var book = late ? Disbursed(schedule: WithLateInterest) : Disbursed();
        foreach (var (day, amount) in days.Order().Zip(cents))
        {
            try
            {
                book = book.RecordPayment(Id, new Payment(Disbursement.PlusDays(day), Money.FromMinorUnits(amount, Currency.EUR)));
            }
            catch (InvalidOperationException)
            {
                // The book refuses a payment above what is left: the law takes the book as it stands.
            }
        }

        return book;
    }

    [Fact]
    public void Buckets_partition_the_arrears_exactly()
    {
        Laws.Check(300, Books, t =>
        {
            var account = t.Book.Accounts[Id];
            var arrears = ArrearsAgeing.Age(account, t.AsOf, t.Buckets);
            var statement = account.StatusAt(t.AsOf);

            // The compact arrears are the statement's figures, settled by the same rules.
            var compact = account.ArrearsAt(t.AsOf);
            Assert.Equal(statement.AmountOverdue, compact.AmountOverdue);
            Assert.Equal(statement.DaysPastDue, compact.DaysPastDue);
            Assert.Equal(
                statement.Installments.Where(i => i.DueDate < t.AsOf && i.Remaining.IsPositive).Select(i => (i.Number, i.DueDate, i.Remaining)),
                compact.Overdue.Select(o => (o.Number, o.DueDate, o.Remaining)));
            Assert.Equal(statement.Installments.Aggregate(Money.Zero(Currency.EUR), (s, i) => s + i.PaidPrincipal), compact.PrincipalPaid);
            Assert.Equal(statement.AmountOverdue, arrears.Overdue);
            Assert.Equal(arrears.Overdue.Amount, arrears.Buckets.Sum(b => b.Amount.Amount));
            Assert.Equal(statement.InstallmentsInArrears, arrears.Buckets.Sum(b => b.Installments));
            Assert.All(arrears.Buckets, b => Assert.False(b.Amount.IsNegative));
            Assert.Equal(t.Buckets.BucketOf(statement.DaysPastDue), arrears.Bucket);
            var book = ArrearsAgeing.Age(t.Book, t.AsOf, t.Buckets);
            Assert.Equal(book.Overdue.Amount, book.Totals.Sum(b => b.Amount.Amount));
            Assert.Equal(book.Overdue.Amount, book.Advances.Sum(a => a.Overdue.Amount));
        });
    }

    [Fact]
    public void Ageing_moves_to_an_earlier_bucket_only_on_a_payment_and_transitions_match_the_daily_buckets()
    {
        Laws.Check(60, Books, t =>
        {
            var account = t.Book.Accounts[Id];
            var from = Disbursement.PlusDays(400);
            var to = from.PlusDays(200);
            var moves = ArrearsAgeing.Transitions(account, from, to, t.Buckets);
            var paymentDates = account.Payments.Select(p => p.Date).ToHashSet();
            foreach (var m in moves)
            {
                var before = m.From is null ? -1 : t.Buckets.Buckets.ToList().IndexOf(m.From);
                var after = m.To is null ? -1 : t.Buckets.Buckets.ToList().IndexOf(m.To);
                Assert.True(after > before || paymentDates.Contains(m.Date), $"{m.Date}: {m.From} -> {m.To} without a payment");
            }

            // Replaying the transitions gives the bucket of every day, as ageing each day would.
            var current = t.Buckets.BucketOf(account.StatusAt(from.PlusDays(-1)).DaysPastDue);
            var index = 0;
            for (var day = from; day <= to; day = day.PlusDays(7))
            {
                while (index < moves.Count && moves[index].Date <= day)
                {
                    current = moves[index++].To;
                }

                Assert.Equal(t.Buckets.BucketOf(account.StatusAt(day).DaysPastDue), current);
            }
        });
    }

    /// <summary>Any step, on any date, with any amount: many are refused, which must change nothing.</summary>
    private static readonly Gen<CollectionStep> Steps =
        from kind in Gen.Choose(0, 12)
        from day in Gen.Choose(0, 2_200)
        from span in Gen.Choose(1, 90)
        from cents in Gen.Choose(1, 20_000_000)
        from proceedings in Gen.Elements(ProceedingsKind.Safeguard, ProceedingsKind.Receivership, ProceedingsKind.Liquidation)
        select Step(kind, Disbursement.PlusDays(day), span, Money.FromMinorUnits(cents, Currency.EUR), proceedings);

    // Proceedings in the order the law runs them, so that filing a claim and relief from a missed filing deadline are
    // reached often, not only when a random draw happens to open proceedings first: an opening, then a claim filed in
    // time, or relief after the deadline followed by a claim within the halved deadline, then the closing.
    private static readonly Gen<CollectionStep[]> ProceedingsScripts =
        from day in Gen.Choose(0, 2_000)
        from published in Gen.Choose(0, 19)
        from late in Gen.Elements(true, false)
        from filed in Gen.Choose(1, 40)
        from proceedings in Gen.Elements(ProceedingsKind.Safeguard, ProceedingsKind.Receivership, ProceedingsKind.Liquidation)
        let opened = Disbursement.PlusDays(day)
        let publication = opened.PlusDays(published)
        let relief = publication.PlusDays(70 + filed)
        select late
            ? new[] { CollectionStep.ProceedingsOpened(opened, proceedings, publication), CollectionStep.ForeclosureRelief(relief), CollectionStep.ClaimFiled(relief.PlusDays(filed % 28)), CollectionStep.ProceedingsClosed(relief.PlusDays(60)) }
            : new[] { CollectionStep.ProceedingsOpened(opened, proceedings, publication), CollectionStep.ClaimFiled(publication.PlusDays(filed)), CollectionStep.ProceedingsClosed(publication.PlusDays(90)) };

    // A formal notice left unanswered past its deadline, then acceleration.
    private static readonly Gen<CollectionStep[]> EnforcementScripts =
        from day in Gen.Choose(0, 2_000)
        from span in Gen.Choose(8, 30)
        from after in Gen.Choose(1, 30)
        let notice = Disbursement.PlusDays(day)
        select new[] { CollectionStep.FormalNotice(notice, notice.PlusDays(span)), CollectionStep.Acceleration(notice.PlusDays(span + after)) };

    private static CollectionStep Step(int kind, LocalDate date, int span, Money amount, ProceedingsKind proceedings) => (CollectionStepKind)kind switch
    {
        CollectionStepKind.Reminder => CollectionStep.Reminder(date),
        CollectionStepKind.FormalNotice => CollectionStep.FormalNotice(date, date.PlusDays(span)),
        CollectionStepKind.PaymentPlan => CollectionStep.PaymentPlan(date, new PaymentHolidayEvent(date, 1 + (span % 6), HolidayTerm.ExtendTerm, HolidayInterest.Capitalized)),
        CollectionStepKind.Acceleration => CollectionStep.Acceleration(date),
        CollectionStepKind.ProceedingsOpened => CollectionStep.ProceedingsOpened(date, proceedings, date.PlusDays(span % 20)),
        CollectionStepKind.ClaimFiled => CollectionStep.ClaimFiled(date, span % 2 == 0 ? null : amount),
        CollectionStepKind.ForeclosureRelief => CollectionStep.ForeclosureRelief(date),
        CollectionStepKind.ProceedingsClosed => CollectionStep.ProceedingsClosed(date),
        CollectionStepKind.RecoveryOrder => CollectionStep.RecoveryOrder(date, amount),
        CollectionStepKind.Settlement => CollectionStep.Settlement(date, amount),
        CollectionStepKind.WriteOff => CollectionStep.WriteOff(date),
        CollectionStepKind.Recovery => CollectionStep.Recovery(date, amount),
        _ => CollectionStep.Clawback(date, new AdvanceCommitment("jobsKept", Disbursement, Disbursement.PlusDays(300 + (span * 10)), span % 2 == 0 ? ClawbackBasis.All : ClawbackBasis.ProRata)),
    };

    [Fact]
    public void A_settlement_gives_up_as_aid_exactly_the_benchmark_less_what_it_accepts_and_never_more_than_its_face_shortfall()
    {
        // The advance charges 0 %: at any reference rate of zero or more, the installments still to fall due are worth at
        // most their face, so the aid is at most what the settlement forgoes at face.
        var gen =
            from t in Books
            from basisPoints in Gen.Choose(0, 2_000)
            from share in Gen.Choose(1, 1_000)
            from estimate in Gen.Choose(-1, 1_200)
            select (t.Book, t.AsOf, Reference: Rate.FromBasisPoints(basisPoints), Share: share / 1_000m, Estimate: estimate);
        Laws.Check(200, gen, t =>
        {
            var account = t.Book.Accounts[Id];
            var before = account.StatusAt(t.AsOf);
            var arrears = before.Installments.Where(i => i.DueDate <= t.AsOf).Aggregate(Money.Zero(Currency.EUR), (s, i) => s + i.Remaining) - before.UnallocatedCredit;
            var face = arrears + account.Schedule.PayoffQuote(t.AsOf).Total;
            if (!face.IsPositive)
            {
                return;
            }

            var accepted = Money.Max(face.Multiply(t.Share, RoundingPolicy.Default), Money.FromMinorUnits(1, Currency.EUR));
            var quote = new RepayableAdvance.StateAid.ReferenceRateQuote("FR", t.AsOf, new("FR", t.AsOf, null, t.Reference), new(RepayableAdvance.StateAid.RatingCategory.Good, RepayableAdvance.StateAid.CollateralLevel.Normal), Rate.Zero);
            Money? expected = t.Estimate < 0 ? null : face.Multiply(t.Estimate / 1_000m, RoundingPolicy.Default);
            var result = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(t.AsOf, accepted, quote, expected), t.Book);
            Assert.True(result.Accepted, ReasonFormatter.Default.Format(result.Reason, System.Globalization.CultureInfo.InvariantCulture));
            var aid = RepayableAdvance.StateAid.SettlementAid.Compute(account.Schedule, t.AsOf, arrears, accepted, quote, expected);
            var benchmark = expected is { } e ? Money.Min(e, aid.ClaimValue) : aid.ClaimValue;
            Assert.Equal(Money.Max(benchmark - accepted, Money.Zero(Currency.EUR)), result.Case.NewAid);
            Assert.True(aid.ClaimValue <= face, $"claim {aid.ClaimValue} above its face {face}");
            Assert.True(result.Case.NewAid <= Money.Max(face - accepted, Money.Zero(Currency.EUR)));
            Assert.Same(t.Book, result.Book);
        });
    }

    [Fact]
    public void Any_sequence_of_steps_keeps_case_schedule_and_ledger_reconciled_and_refusals_change_nothing()
    {
        var gen = from paid in Gen.Choose(0, 10)
                  from n in Gen.Choose(1, 14)
                  from random in Gen.ArrayOf(Steps, n)
                  from script in Gen.OneOf(Gen.Constant(Array.Empty<CollectionStep>()), ProceedingsScripts, EnforcementScripts)
                  from sorted in Gen.Elements(true, false)
                  let steps = random.Concat(script).ToArray()
                  select (paid, sorted ? [.. steps.OrderBy(s => s.Date)] : steps);
        var accepted = new HashSet<CollectionStepKind>();
        Laws.Check(200, gen, t =>
        {
            var book = PaidUntil(t.paid);
            var kase = CollectionCase.Open(Id);
            foreach (var step in t.Item2)
            {
                var result = kase.Apply(step, book);
                if (!result.Accepted)
                {
                    Assert.Same(kase, result.Case);
                    Assert.Same(book, result.Book);
                    Assert.StartsWith("collections.refused.", result.Reason.Code.Value, StringComparison.Ordinal);
                    continue;
                }

                accepted.Add(step.Kind);
                Assert.Equal(kase.Steps.Count + 1, result.Case.Steps.Count);
                Assert.Equal(result.Case.Steps.Count, result.Case.Explanations.Count);
                Assert.True(kase.Steps.Count == 0 || kase.Steps[^1].Date <= step.Date);
                (kase, book) = (result.Case, result.Book);
            }

            var account = book.Accounts[Id];
            Assert.True(book.Reconcile(Disbursement.PlusDays(2_300)).Reconciled);
            if (kase.WrittenOff is { } written)
            {
                Assert.Equal(written, account.WrittenOff);
                Assert.Equal(kase.Recovered, account.Recovered);
                Assert.True(kase.Recovered <= written);
                Assert.Equal(book.Ledger.Current.WrittenOff, written);
            }

            if (kase.Claimed is { } claimed)
            {
                Assert.True(claimed <= kase.Claim!.Total);
                Assert.Equal(kase.Claim.Arrears + kase.Claim.Principal + kase.Claim.AccruedInterest, kase.Claim.Total);
            }

            var laws = ReasonFormatter.Default;
            Assert.All(kase.Explanations, r => Assert.DoesNotContain("{", laws.Format(r, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal));
        });

        // The generator reaches every kind of step accepted, so the law is not about refusals alone (checked from 100
        // sequences on: a quick run scaled down to a few draws may miss one).
        Assert.True(Laws.Scaled(200) < 100 || accepted.Count == Enum.GetValues<CollectionStepKind>().Length, "Accepted kinds: " + string.Join(", ", accepted));
    }
}
