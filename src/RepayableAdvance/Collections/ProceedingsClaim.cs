using NodaTime;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Collections;

/// <summary>
/// The claim an advance's creditor files in collective proceedings, as of the opening judgment: what was due and
/// unpaid, the principal not yet due, and the interest accrued to the opening; and whether interest keeps running.
/// </summary>
/// <remarks>
/// <para>The opening judgment stops interest, late interest and surcharges, except the interest of loans made for
/// one year or more, which keeps running at the contract rate and is claimed as such, without interest on interest
/// (art. L622-28 of the <see href="https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000005634379/">Commercial
/// Code</see>). The library states the amounts and the rule; counsel files the claim and follows its admission.</para>
/// <para>Conservation: <see cref="Total"/> = <see cref="Arrears"/> + <see cref="Principal"/> + <see cref="AccruedInterest"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProceedingsClaim
{
    private ProceedingsClaim(LocalDate opening, Money arrears, Money principal, Money accruedInterest, bool interestKeepsRunning, Rate contractRate)
    {
        Opening = opening;
        Arrears = arrears;
        Principal = principal;
        AccruedInterest = accruedInterest;
        InterestKeepsRunning = interestKeepsRunning;
        ContractRate = contractRate;
    }

    /// <summary>Gets the opening judgment's date.</summary>
    /// <value>The date the claim is computed at.</value>
    public LocalDate Opening { get; }

    /// <summary>Gets what was due on or before the opening and is unpaid (installments, fees and the late interest charged to the opening), less any credit paid ahead.</summary>
    /// <value>The arrears.</value>
    public Money Arrears { get; }

    /// <summary>Gets the principal not yet due at the opening.</summary>
    /// <value>The principal to fall due.</value>
    public Money Principal { get; }

    /// <summary>Gets the contract interest accrued from the last due date to the opening.</summary>
    /// <value>The accrued interest.</value>
    public Money AccruedInterest { get; }

    /// <summary>Gets the amount claimed.</summary>
    /// <value>Arrears, principal and accrued interest.</value>
    public Money Total => Arrears + Principal + AccruedInterest;

    /// <summary>Gets whether interest keeps running after the opening: the advance was made for one year or more.</summary>
    /// <value>True when the first disbursement and the last due date are at least a year apart.</value>
    public bool InterestKeepsRunning { get; }

    /// <summary>Gets the contract rate at the opening, at which interest keeps running when it does.</summary>
    /// <value>The rate of the installment running at the opening (or the last one).</value>
    public Rate ContractRate { get; }

    /// <summary>Computes an advance's claim at an opening judgment, from its schedule and the payments made by then.</summary>
    /// <param name="account">The advance.</param>
    /// <param name="opening">The opening judgment's date; on or after the first disbursement.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="opening"/> is before the first disbursement.</exception>
    public static ProceedingsClaim Compute(AdvanceAccount account, LocalDate opening)
    {
        Preconditions.CheckNotNull(account);
        var schedule = account.Schedule;
        Preconditions.CheckArgument(opening >= schedule.Terms.StartDate, nameof(opening), Preconditions.Invariant($"The opening on {opening:uuuu-MM-dd} is before the first disbursement on {schedule.Terms.StartDate:uuuu-MM-dd}: there is no claim yet."), Preconditions.Invariant($"L'ouverture du {opening:uuuu-MM-dd} précède le premier décaissement du {schedule.Terms.StartDate:uuuu-MM-dd} : il n'y a pas encore de créance."));
        var (arrears, quote) = AdvanceDebt.Whole(account, opening);
        var rows = schedule.Installments;
        var running = rows[^1];
        foreach (var row in rows)
        {
            if (row.DueDate > opening)
            {
                running = row;
                break;
            }
        }

        var longLoan = schedule.Terms.StartDate.PlusYears(1) <= rows[^1].DueDate;
        return new ProceedingsClaim(opening, arrears, quote.Principal, quote.AccruedInterest, longLoan, running.Rate);
    }
}
