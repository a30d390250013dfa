using RepayableAdvance.Accounting;
using RepayableAdvance.Collections;
using static RepayableAdvance.Tests.Accounting.AccountingFixtures;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Accounting;

public sealed class PostingTests
{
    [Fact]
    public void Every_preset_account_carries_its_source_and_only_checked_M57_numbers_go_unmarked()
    {
        Assert.All(ChartOfAccounts.Pcg.Accounts.Concat(ChartOfAccounts.M57.Accounts), a => Assert.StartsWith("https://", a.Source, StringComparison.Ordinal));
        // Numbers checked against a published text of the M57 instruction; any other M57 account is an assumption.
        string[] checkedNumbers = ["6541"];
        Assert.All(ChartOfAccounts.M57.Accounts, a => Assert.Equal(!checkedNumbers.Contains(a.Number), a.IsAssumption));
        Assert.All(ChartOfAccounts.M57.Accounts, a => Assert.Contains("le-referentiel-m57", a.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_of_the_founding_fund_posts_balanced_entries_traced_to_their_events()
    {
        // Four installments paid (September to December 2025): interest only, during the principal deferral.
        var book = Book(4);
        var journal = Posting.Post(book, PostingRules.Pcg, Posting.MonthEnds(D(2025, 1, 1), D(2025, 12, 31)));

        var first = journal.Entries[0];
        Assert.Equal(("BQ", 1, D(2025, 1, 1), PostingEvent.Contribution), (first.Journal, first.Number, first.Date, first.Event));
        Assert.Equal(new JournalLine("512", E(15_000_000m), E(0m), null), first.Lines[0]);
        Assert.Equal(new JournalLine("103", E(0m), E(15_000_000m), "region"), first.Lines[1]);
        Assert.Equal("L000000", first.Source.Voucher);

        var disbursement = Assert.Single(journal.Entries, e => e.Event == PostingEvent.Disbursement);
        Assert.Equal(D(2025, 8, 1), disbursement.Date);
        Assert.Equal(("2748", "512", Id), (disbursement.Lines[0].Account, disbursement.Lines[1].Account, disbursement.Lines[0].Auxiliary));
        Assert.Equal("Décaissement avance HDF-2025-001", disbursement.Label);

        // Accrued at 31 August: 150,000.00 × 3 % × 30 / 365 = 369.86; reversed on 1 September, when the installment
        // pays 31 days: 150,000.00 × 3 % × 31 / 365 = 382.19.
        var august = journal.Entries.Where(e => e.Event == PostingEvent.InterestAccrued && e.Source.PeriodEnd == D(2025, 8, 31)).ToList();
        Assert.Equal(2, august.Count);
        Assert.Equal((D(2025, 8, 31), false, E(369.86m), "27684", "7624"), (august[0].Date, august[0].IsReversal, august[0].Amount, august[0].Lines[0].Account, august[0].Lines[1].Account));
        Assert.Equal((D(2025, 9, 1), true, E(369.86m), "7624", "27684"), (august[1].Date, august[1].IsReversal, august[1].Amount, august[1].Lines[0].Account, august[1].Lines[1].Account));
        Assert.Equal("Extourne intérêts courus HDF-2025-001", august[1].Label);
        var september = Assert.Single(journal.Entries, e => e.Event == PostingEvent.InterestReceived && e.Date == D(2025, 9, 1));
        Assert.Equal(E(382.19m), september.Amount);
        Assert.Equal(D(2025, 9, 1), book.Ledger.Events[september.Source.LedgerEvent!.Value].Date);

        // No principal moved in the deferral; the interest of 2025 is what was received plus December's accrual.
        var year = journal.TrialBalance(D(2025, 12, 31));
        Assert.True(year.Balances);
        Assert.Equal(year.Debit, year.Credit);
        Assert.Equal(E(150_000m), year.Lines.Single(l => l.Account == "2748").Balance);
        var received = journal.Entries.Where(e => e.Event == PostingEvent.InterestReceived).Aggregate(E(0m), (s, e) => s + e.Amount);
        var december = journal.Entries.Single(e => e.Event == PostingEvent.InterestAccrued && !e.IsReversal && e.Date == D(2025, 12, 31)).Amount;
        Assert.Equal(E(1_504.10m), received); // 382.19 + 369.86 + 382.19 + 369.86: August 31 days, September 30, October 31, November 30
        Assert.Equal(-(received + december), year.Lines.Single(l => l.Account == "7624").Balance);
        Assert.Equal(book.Ledger.PositionAt(D(2025, 12, 31)).Cash, journal.BalanceOf("512", D(2025, 12, 31)));

        // Entries are numbered from 1 in each journal, in date order.
        foreach (var code in journal.Entries.Select(e => e.Journal).Distinct())
        {
            var numbers = journal.Entries.Where(e => e.Journal == code).Select(e => e.Number).ToList();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }
    }

    [Fact]
    public void Write_downs_follow_the_arrears_bucket_and_a_write_off_releases_them()
    {
        // Paid until January 2026, then nothing: at 31 March 2026, February's installment is 58 days late (31-90 bucket).
        var book = Book(5);
        var policy = WriteDownPolicy.ByBucket(DelinquencyBuckets.Standard, [Rate.FromPercent(10m), Rate.FromPercent(25m), Rate.FromPercent(50m), Rate.FromPercent(100m)]);
        var written = WriteDowns.At(book, D(2026, 3, 31), policy);
        var advance = Assert.Single(written.Advances);
        Assert.Equal((WriteDownBasis.Bucket, "31-90", E(37_500m)), (advance.Basis, advance.Detail, advance.Allowance));
        Assert.Equal(E(112_500m), written.Net);

        var before = WriteDowns.At(book, D(2026, 1, 31), policy);
        Assert.Equal(WriteDownBasis.None, Assert.Single(before.Advances).Basis);   // nothing overdue on 31 January
        var journal = Posting.Post(book.WriteOff(Id, D(2026, 6, 15)), PostingRules.Pcg, Posting.MonthEnds(D(2025, 1, 1), D(2026, 6, 30)), policy);
        var downs = journal.Entries.Where(e => e.Event is PostingEvent.WriteDown or PostingEvent.WriteDownReversal).ToList();
        Assert.All(downs.Where(d => d.Event == PostingEvent.WriteDown), d => Assert.Equal(("6866", "2974"), (d.Lines[0].Account, d.Lines[1].Account)));
        var release = Assert.Single(downs, d => d.Event == PostingEvent.WriteDownReversal && d.Date == D(2026, 6, 15));
        Assert.Equal(("2974", "7866"), (release.Lines[0].Account, release.Lines[1].Account));
        Assert.Equal(E(0m), journal.BalanceOf("2974", D(2026, 6, 30)));
        Assert.Equal(E(0m), journal.BalanceOf("2748", D(2026, 6, 30)));
        var loss = Assert.Single(journal.Entries, e => e.Event == PostingEvent.WriteOff);
        Assert.Equal((E(150_000m), "668", "2748"), (loss.Amount, loss.Lines[0].Account, loss.Lines[1].Account));
    }

    [Fact]
    public void Posting_rules_are_checked_against_their_chart()
    {
        var rules = PostingRules.Pcg.Rules.Where(r => r.Event != PostingEvent.Fee).Select(r => r.Event == PostingEvent.Recovery ? r with { Credit = "7714" } : r).ToList();
        rules.Add(rules[0] with { Journal = "B Q" });
        var problems = PostingRules.Check(ChartOfAccounts.Pcg, rules);
        Assert.Contains(problems, p => p.Event == PostingEvent.Fee && p.Field is null && p.Message.Contains("No rule posts fee", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Event == PostingEvent.Recovery && p.Field == "credit" && p.Message.Contains("'7714'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Event == PostingEvent.Contribution && p.Message.Contains("2 rules post contribution", StringComparison.Ordinal));
        var thrown = Assert.Throws<ArgumentException>(() => new PostingRules(ChartOfAccounts.Pcg, rules));
        Assert.Contains("No rule posts fee", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(PostingRules.Check(ChartOfAccounts.M57, PostingRules.M57.Rules));
        var opening = PostingRules.Check(ChartOfAccounts.Pcg, [.. PostingRules.Pcg.Rules.Select(r => r.Event == PostingEvent.Fee ? r with { Journal = "AN" } : r)]);
        Assert.Contains("kept for the opening balances", Assert.Single(opening).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ChartAccount("0123", "Zero first"));
        Assert.Throws<ArgumentException>(() => new ChartAccount("51", "Too short"));
    }

    [Fact]
    public void The_fec_of_a_closed_year_has_the_statutory_layout_and_an_m57_journal_has_none()
    {
        var book = Book(10);
        var journal = Posting.Post(book, PostingRules.Pcg, Posting.MonthEnds(D(2025, 1, 1), D(2026, 12, 31)));
        var fec = Fec.Write(journal, D(2026, 1, 1), D(2026, 12, 31));
        Assert.Empty(Fec.Check(fec));
        var lines = fec.Split("\r\n");
        Assert.Equal(string.Join('\t', Fec.Fields), lines[0]);
        Assert.StartsWith("AN\tA nouveaux\t1\t20260101\t103\tFonds propres avec droit de reprise\tcci\tcci\tAN20260101\t20260101\tA nouveaux\t0,00\t5000000,00\t\t\t20260101\t\t", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("AN\tA nouveaux\t1\t20260101\t110\t", StringComparison.Ordinal));   // 2025's profit: interest
        Assert.Equal("130023583FEC20261231.txt", Fec.FileName("130023583", D(2026, 12, 31)));

        // A broken file is reported line by line.
        var broken = fec.Replace("\t0,00\t5000000,00\t", "\t0.00\t5000000,00\t", StringComparison.Ordinal);
        Assert.Contains(Fec.Check(broken), p => p.StartsWith("Line 2: Debit", StringComparison.Ordinal));
        var unbalanced = string.Join("\r\n", lines.Take(lines.Length - 2)) + "\r\n";
        Assert.Contains(Fec.Check(unbalanced), p => p.Contains("does not balance", StringComparison.Ordinal));

        var m57 = Posting.Post(book, PostingRules.M57, Posting.MonthEnds(D(2025, 1, 1), D(2026, 12, 31)));
        var refused = Assert.Throws<InvalidOperationException>(() => Fec.Write(m57, D(2026, 1, 1), D(2026, 12, 31)));
        Assert.Contains("JournalCsv", refused.Message, StringComparison.Ordinal);
        var csv = JournalCsv.Write(m57, D(2026, 1, 1), D(2026, 12, 31)).Split('\n');
        Assert.Equal("journal,number,date,account,accountLabel,auxiliary,label,debit,credit,voucher,event,reversal", csv[0]);
        Assert.StartsWith("OD,10,2026-01-01,762,Produits des autres immobilisations financières,,Extourne intérêts courus HDF-2025-001,", csv[1], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("TR,", StringComparison.Ordinal) && l.Contains(",515,Compte au Trésor,", StringComparison.Ordinal));
        Assert.Equal([0x4F, 0xBD, 0xA4, (byte)'?'], Fec.Encode("Oœ€ж"));
    }
}
