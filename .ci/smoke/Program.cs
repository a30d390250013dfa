using NodaTime;
using RepayableAdvance;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

// The founding story through the packed packages, as a user would run it.
var application = ApplicationDocument.Read(File.ReadAllText(args[0]));
var fixings = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
var proposal = SchemePresets.HautsDeFrancePrevention.Propose(application, new ProposalContext(null, null, fixings, BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21", validThrough: new LocalDate(2026, 1, 31))));
Console.WriteLine($"{proposal.Outcome} {proposal.Amount} at {proposal.Schedule!.Installments[0].Rate}, GGE {proposal.Aid!.Amount}");
return proposal.Outcome == ProposalOutcome.Proposed ? 0 : 1;
