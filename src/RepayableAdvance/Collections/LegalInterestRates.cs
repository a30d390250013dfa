using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>
/// A dated table of the French legal interest rate, half-year by half-year, which the user supplies from the
/// ministerial orders (art. L313-2 and D313-1-A of the Monetary and Financial Code): the library ships no rates, since
/// they change every six months.
/// </summary>
/// <remarks>Half-years follow each other without a gap, from 1 January or 1 July; the table covers the dates from its
/// first half-year to the end of its last.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LegalInterestRates
{
    private readonly LegalInterestRate[] _rates;

    private LegalInterestRates(LegalInterestRate[] rates) => _rates = rates;

    /// <summary>Gets the half-years, in date order.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<LegalInterestRate> Rates => _rates;

    /// <summary>Gets the first day the table covers.</summary>
    /// <value>The first half-year's first day.</value>
    public LocalDate From => _rates[0].From;

    /// <summary>Gets the last day the table covers.</summary>
    /// <value>The day before the half-year after the last one.</value>
    public LocalDate Through => _rates[^1].From.PlusMonths(6).PlusDays(-1);

    /// <summary>Creates a table from half-years.</summary>
    /// <param name="rates">The half-years, in any order: each from 1 January or 1 July, consecutive, no rate negative.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">No half-year; one starts on another day; two are the same or one is missing between them; a rate is negative.</exception>
    public static LegalInterestRates Of(IEnumerable<LegalInterestRate> rates)
    {
        var sorted = Preconditions.CheckNotNull(rates).OrderBy(r => Preconditions.CheckNotNull(r, nameof(rates)).From).ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(rates), "No half-year: give the legal rates of at least one half-year.", "Aucun semestre : donnez les taux légaux d'au moins un semestre.");
        for (var i = 0; i < sorted.Length; i++)
        {
            var r = sorted[i];
            Preconditions.CheckArgument(r.From.Day == 1 && r.From.Month is 1 or 7, nameof(rates), Preconditions.Invariant($"The half-year from {r.From:uuuu-MM-dd} does not start on 1 January or 1 July: legal rates are set per half-year."), Preconditions.Invariant($"Le semestre commençant le {r.From:uuuu-MM-dd} ne commence ni le 1er janvier ni le 1er juillet : les taux légaux sont fixés par semestre."));
            Preconditions.CheckArgument(r.PrivateIndividuals.Value >= 0m && r.OtherCreditors.Value >= 0m, nameof(rates), Preconditions.Invariant($"The half-year from {r.From:uuuu-MM-dd} has a negative rate ({r.PrivateIndividuals}, {r.OtherCreditors})."), Preconditions.Invariant($"Le semestre commençant le {r.From:uuuu-MM-dd} a un taux négatif ({r.PrivateIndividuals}, {r.OtherCreditors})."));
            if (i > 0)
            {
                var expected = sorted[i - 1].From.PlusMonths(6);
                Preconditions.CheckArgument(r.From == expected, nameof(rates), Preconditions.Invariant($"The half-year from {r.From:uuuu-MM-dd} follows the one from {sorted[i - 1].From:uuuu-MM-dd}: {(r.From < expected ? "it is given twice" : Preconditions.Invariant($"the half-year from {expected:uuuu-MM-dd} is missing"))}."), Preconditions.Invariant($"Le semestre commençant le {r.From:uuuu-MM-dd} suit celui commençant le {sorted[i - 1].From:uuuu-MM-dd} : {(r.From < expected ? "il est donné deux fois" : Preconditions.Invariant($"le semestre commençant le {expected:uuuu-MM-dd} manque"))}."));
            }
        }

        return new LegalInterestRates(sorted);
    }

    /// <summary>Gets the legal rate in force on a date for a category of creditor.</summary>
    /// <param name="date">The date.</param>
    /// <param name="category">The category.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="MissingReferenceDataException">The table does not cover the date; the message names the half-year to add.</exception>
    public Rate RateOn(LocalDate date, LegalRateCategory category) => HalfYearOf(date).For(category);

    internal LegalInterestRate HalfYearOf(LocalDate date)
    {
        if (date < From || date > Through)
        {
            var start = new LocalDate(date.Year, date.Month <= 6 ? 1 : 7, 1);
            throw DomainErrors.WithFrench(new MissingReferenceDataException(
                MissingReferenceData.LegalInterestRate,
                Preconditions.Invariant($"The legal interest rates cover {From:uuuu-MM-dd} to {Through:uuuu-MM-dd}, not {date:uuuu-MM-dd}: add the half-year from {start:uuuu-MM-dd} from the ministerial order."),
                nameof(date)), Preconditions.Invariant($"Les taux de l'intérêt légal couvrent du {From:uuuu-MM-dd} au {Through:uuuu-MM-dd}, pas le {date:uuuu-MM-dd} : ajoutez le semestre commençant le {start:uuuu-MM-dd}, d'après l'arrêté ministériel."));
        }

        var index = ((date.Year - From.Year) * 2) + (date.Month > 6 ? 1 : 0) - (From.Month > 6 ? 1 : 0);
        return _rates[index];
    }
}
