using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.EntityFrameworkCore;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Storage;

/// <summary>Real SQLite database files in a temporary folder, deleted with the fixture.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ra-store-" + Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Directory.CreateDirectory(_folder);
        File = System.IO.Path.Combine(_folder, "fund.db");
    }

    public string File { get; }

    public FundStore Store() => new(FundStore.Sqlite(File));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temporary folder is the system's to clean.
        }
    }
}

internal static class StorageFixtures
{
    internal static readonly LocalDate Inception = new(2025, 1, 1);

    internal static Fund Fund() => new("hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, Inception, [new CoFunder("region", "Région Hauts-de-France"), new CoFunder("cci", "CCI Hauts-de-France")]);

    internal static ScheduleTerms Terms(Money principal, LocalDate start) =>
        ScheduleTerms.Create(principal, start, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)))
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12));

    /// <summary>Every kind of book operation, in an order the book accepts.</summary>
    internal static IReadOnlyList<BookOperation> EveryKind()
    {
        var approved = new LocalDate(2025, 7, 15);
        var start = new LocalDate(2025, 8, 1);
        var terms = Terms(Money.Euros(150_000m), start);
        var first = RepaymentSchedule.Generate(terms).Installments[0];
        return
        [
            new FundOperation(FundEvent.Contribution(Inception, "region", Money.Euros(15_000_000m))),
            new FundOperation(FundEvent.Contribution(Inception, "cci", Money.Euros(5_000_000m))),
            new ApproveOperation("HDF-2025-001", "302512345", "Hauts-de-France Prévention 2021", new CommitteeDecision(approved, Money.Euros(150_000m), [new ConditionPrecedent("coFinancing", "Bank loan signed", start)], "CE-2025-07"), terms, 20, Money.Euros(400_000m)),
            new MeetConditionOperation("HDF-2025-001", "coFinancing", new LocalDate(2025, 7, 25)),
            new ApproveOperation("HDF-2025-002", "412345678", "Hauts-de-France Prévention 2021", new CommitteeDecision(approved, Money.Euros(80_000m), []), Terms(Money.Euros(80_000m), start), 8),
            new DisburseOperation("HDF-2025-001", start, Money.Euros(150_000m)),
            new CancelOperation("HDF-2025-002", new LocalDate(2025, 8, 20)),
            new PaymentOperation("HDF-2025-001", new Payment(first.DueDate, first.TotalDue)),
            new FundOperation(FundEvent.Fee(new LocalDate(2025, 9, 30), "management", Money.Euros(1_250m))),
            new RestructureOperation("HDF-2025-001", new PaymentHolidayEvent(new LocalDate(2025, 10, 1), 3, HolidayTerm.ExtendTerm, HolidayInterest.Capitalized)),
            new FollowUpOperation("HDF-2025-001", 21),
            new WriteOffOperation("HDF-2025-001", new LocalDate(2026, 6, 30)),
            new RecoverOperation("HDF-2025-001", new LocalDate(2026, 12, 1), Money.Euros(12_000m)),
        ];
    }
}
