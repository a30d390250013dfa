using NodaTime;

namespace RepayableAdvance;

/// <summary>One closed fiscal year of an enterprise (the applicant, or an enterprise related to it). Any figure may be missing (null).</summary>
/// <param name="EndDate">The closing date.</param>
/// <param name="Turnover">The turnover (chiffre d'affaires).</param>
/// <param name="NetResult">The net result (negative for a loss).</param>
/// <param name="Equity">The equity (capitaux propres).</param>
/// <param name="QuasiEquity">The quasi-equity (quasi-fonds propres).</param>
/// <param name="SubscribedCapital">The subscribed share capital.</param>
/// <param name="AccumulatedLosses">The accumulated losses carried forward, as a positive amount.</param>
/// <param name="AnnualLoadedPayroll">The annual payroll including employer contributions.</param>
/// <param name="AnnualWorkUnits">The staff headcount of the year in annual work units (AWU), as Article 5 of the Annex to Commission Recommendation 2003/361/EC counts them: a person who worked full time all year is one unit, part-time and seasonal work count as fractions; apprentices, students in vocational training and people on maternity or parental leave are not counted.</param>
/// <param name="BalanceSheetTotal">The balance sheet total (total du bilan).</param>
/// <param name="Debt">The book debt: every liability other than equity (provisions excluded), for the debt-to-equity ratio of GBER Art. 2(18)(e).</param>
/// <param name="Ebitda">The earnings before interest, taxes, depreciation and amortisation (excédent brut d'exploitation), negative for a loss.</param>
/// <param name="InterestExpense">The interest expense of the year (charges d'intérêts), as a positive amount.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FiscalYear(
    LocalDate EndDate,
    Money? Turnover = null,
    Money? NetResult = null,
    Money? Equity = null,
    Money? QuasiEquity = null,
    Money? SubscribedCapital = null,
    Money? AccumulatedLosses = null,
    Money? AnnualLoadedPayroll = null,
    decimal? AnnualWorkUnits = null,
    Money? BalanceSheetTotal = null,
    Money? Debt = null,
    Money? Ebitda = null,
    Money? InterestExpense = null)
{
    /// <summary>Gets every amount of the year, missing ones included as null, in declaration order.</summary>
    internal IEnumerable<Money?> Amounts =>
        [Turnover, NetResult, Equity, QuasiEquity, SubscribedCapital, AccumulatedLosses, AnnualLoadedPayroll, BalanceSheetTotal, Debt, Ebitda, InterestExpense];

    /// <summary>Validates the year's figures: dates and amounts within <see cref="DomainBounds"/>, amounts that cannot be negative not negative, work units between 0 and <see cref="DomainBounds.MaxHeadcount"/>.</summary>
    /// <param name="path">The field prefix named in messages.</param>
    internal void Validate(string path)
    {
        DomainBounds.CheckDate(EndDate, path);
        foreach (var amount in Amounts)
        {
            DomainBounds.CheckAmount(amount, path);
        }

        Application.CheckNonNegative(Turnover, path + ".turnover");
        Application.CheckNonNegative(SubscribedCapital, path + ".subscribedCapital");
        Application.CheckNonNegative(AccumulatedLosses, path + ".accumulatedLosses");
        Application.CheckNonNegative(AnnualLoadedPayroll, path + ".annualLoadedPayroll");
        Application.CheckNonNegative(QuasiEquity, path + ".quasiEquity");
        Application.CheckNonNegative(BalanceSheetTotal, path + ".balanceSheetTotal");
        Application.CheckNonNegative(Debt, path + ".debt");
        Application.CheckNonNegative(InterestExpense, path + ".interestExpense");
        if (AnnualWorkUnits is { } awu)
        {
            Preconditions.CheckArgument(
                awu >= 0m && awu <= DomainBounds.MaxHeadcount,
                path + ".annualWorkUnits",
                Preconditions.Invariant($"{path}.annualWorkUnits is {awu}: it must be between 0 and {DomainBounds.MaxHeadcount} inclusive."), Preconditions.Invariant($"{path}.annualWorkUnits vaut {awu} : il doit être compris entre 0 et {DomainBounds.MaxHeadcount} inclus."));
        }
    }
}
