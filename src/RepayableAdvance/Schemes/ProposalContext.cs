using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

/// <summary>What the pipeline needs besides the application, all passed in. Nothing is assumed in its place: a part left
/// out is a stage the proposal says it did not check (<see cref="Proposal.Caveats"/>).</summary>
/// <param name="Ledger">The fund's ledger (its position caps the advance and is checked); null to skip the fund stage, which the proposal states.</param>
/// <param name="Register">The de minimis register; null when prior aid is not known: the ceiling is then checked against this advance alone, which the proposal states.</param>
/// <param name="Fixings">The index fixings for indexed rates.</param>
/// <param name="BaseRates">The base-rate table; null, or a table that does not cover the grant date, skips the State-aid stage, which the proposal states.</param>
/// <param name="Beneficiary">The beneficiary's identifier in the register; null for the application's registration number.</param>
/// <param name="DecisionDate">The expected committee decision; null for the application date.</param>
/// <param name="GrantDate">The grant date, when the legal right to the aid is conferred (the event the scheme's <see cref="StateAidTerms.GrantDateEvent"/> names); null for the decision date, which the proposal states when the scheme fixes the grant date at the signed agreement.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProposalContext(
    FundLedger? Ledger = null,
    DeMinimisRegister? Register = null,
    IndexFixings? Fixings = null,
    BaseRateTable? BaseRates = null,
    string? Beneficiary = null,
    LocalDate? DecisionDate = null,
    LocalDate? GrantDate = null);
