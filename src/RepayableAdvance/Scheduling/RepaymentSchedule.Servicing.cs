// Longer than 400 lines on purpose: every servicing event replays the schedule's tail through the same context and rebuild; splitting the events apart would split that one algorithm.
using System.Globalization;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Scheduling;

/// <content>Servicing: dated events that return a new schedule version, and payoff quotes.</content>
public sealed partial class RepaymentSchedule
{
    /// <summary>Applies a servicing event and returns the new schedule version; this schedule is unchanged.</summary>
    /// <param name="servicingEvent">
    /// The event. Installments due on or before its date are kept as they are; for an event
    /// <see cref="RescheduleFrom.InstallmentDueOnDate"/>, those due before it.
    /// </param>
    /// <returns>The new version, with the event appended to <see cref="Events"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="servicingEvent"/> is null.</exception>
    /// <exception cref="ScheduleRefusedException">
    /// The event is dated before the first disbursement, takes effect before the previous event, or is dated on or
    /// after the last due date (after payoff); an event from an installment names a date no installment is due on; a
    /// prepayment exceeds the outstanding principal; a holiday leaves no installment to amortize; a restructuring's
    /// deferral leaves none, or puts a phase that repays no principal after an interest grace; or a write-off comes
    /// before the last tranche.
    /// </exception>
    /// <exception cref="CurrencyMismatchException">A prepayment is in another currency.</exception>
    /// <exception cref="InvalidOperationException">The schedule was written off.</exception>
    public RepaymentSchedule Apply(ServicingEvent servicingEvent)
    {
        Preconditions.CheckNotNull(servicingEvent);
        var date = servicingEvent.Date;
        Preconditions.CheckState(WrittenOff.IsZero && _installments.Length > 0, "The schedule was written off: no further event can be applied.", "L'échéancier a été passé en perte : aucun événement ne peut plus s'appliquer.");
        ScheduleRefusedException.Check(date >= Terms.StartDate, nameof(servicingEvent), $"Event on {date:uuuu-MM-dd} is before the first disbursement on {Terms.StartDate:uuuu-MM-dd}.", $"L'événement du {date:uuuu-MM-dd} précède le premier décaissement du {Terms.StartDate:uuuu-MM-dd}.");
        int split;
        LocalDate effective;
        if (servicingEvent.From == RescheduleFrom.InstallmentDueOnDate)
        {
            split = DueOn(date);
            ScheduleRefusedException.Check(
                split >= 0,
                nameof(servicingEvent),
                $"No installment is due on {date:uuuu-MM-dd}: rescheduling from an installment takes one of the due dates ({DueDatesAfter(date, "none after it")}).", $"Aucune échéance ne tombe le {date:uuuu-MM-dd} : un rééchelonnement à partir d'une échéance prend l'une des dates d'échéance ({DueDatesAfter(date, "aucune après elle")}).");
            effective = _installments[split].PeriodStart;
        }
        else
        {
            ScheduleRefusedException.Check(
                date < Maturity,
                nameof(servicingEvent),
                $"Event on {date:uuuu-MM-dd} is on or after the last due date {Maturity:uuuu-MM-dd}: the advance is paid off by then, so there is nothing left to service.", $"L'événement du {date:uuuu-MM-dd} tombe à la dernière échéance {Maturity:uuuu-MM-dd} ou après : l'avance est alors remboursée, il ne reste rien à gérer.");
            split = KeptCount(date);
            effective = date;
        }

        if (_events.Length > 0)
        {
            var previous = EffectiveDate(_events[^1]);
            if (effective == date && previous == _events[^1].Date)
            {
                ScheduleRefusedException.Check(date >= previous, nameof(servicingEvent), $"Event on {date:uuuu-MM-dd} is before the previous event on {previous:uuuu-MM-dd}: apply events in date order.", $"L'événement du {date:uuuu-MM-dd} précède l'événement précédent du {previous:uuuu-MM-dd} : appliquez les événements dans l'ordre des dates.");
            }
            else
            {
                ScheduleRefusedException.Check(
                    effective >= previous,
                    nameof(servicingEvent),
                    $"Event on {date:uuuu-MM-dd} takes effect on {effective:uuuu-MM-dd}, before the previous event, which took effect on {previous:uuuu-MM-dd}: apply events in date order.", $"L'événement du {date:uuuu-MM-dd} prend effet le {effective:uuuu-MM-dd}, avant l'événement précédent, qui a pris effet le {previous:uuuu-MM-dd} : appliquez les événements dans l'ordre des dates.");
            }
        }

        var tail = new TailContext(this, split);
        return servicingEvent switch
        {
            PaymentHolidayEvent holiday => ApplyHoliday(holiday, tail),
            RateChangeEvent rateChange => ApplyRateChange(rateChange, effective, tail),
            PrepaymentEvent prepayment => ApplyPrepayment(prepayment, tail),
            RestructuringEvent restructuring => ApplyRestructuring(restructuring, effective, tail),
            WriteOffEvent writeOff => ApplyWriteOff(writeOff, tail),
            _ => throw Preconditions.Argument("Unknown servicing event type.", "Type d'événement de gestion inconnu.", nameof(servicingEvent)),
        };
    }

    /// <summary>The date from which an event changes this schedule.</summary>
    /// <param name="servicingEvent">An event of this schedule, or one to apply to it.</param>
    /// <returns>
    /// The event's date; for an event <see cref="RescheduleFrom.InstallmentDueOnDate"/>, the start of the period of the
    /// installment due on that date (the date to value a rescheduling's aid at). An event from a due date this schedule
    /// does not have takes effect on its date.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="servicingEvent"/> is null.</exception>
    public LocalDate EffectiveDate(ServicingEvent servicingEvent)
    {
        Preconditions.CheckNotNull(servicingEvent);
        if (servicingEvent.From == RescheduleFrom.AfterDate || DueOn(servicingEvent.Date) is not (>= 0 and var k))
        {
            return servicingEvent.Date;
        }

        return _installments[k].PeriodStart;
    }

    /// <summary>Applies events in order.</summary>
    /// <param name="events">The events, in date order.</param>
    /// <returns>The final version (this schedule when there are no events).</returns>
    /// <exception cref="ArgumentException">An event is invalid; see <see cref="Apply(ServicingEvent)"/>.</exception>
    public RepaymentSchedule ApplyAll(IEnumerable<ServicingEvent> events)
    {
        Preconditions.CheckNotNull(events);
        var schedule = this;
        foreach (var e in events)
        {
            schedule = schedule.Apply(e);
        }

        return schedule;
    }

    /// <summary>Quotes the amount to repay the advance in full on a date, assuming every installment due by then was paid.</summary>
    /// <param name="date">The payoff date.</param>
    /// <returns>Outstanding principal plus interest accrued (and any deferred interest), rounded with the terms' policy.</returns>
    /// <exception cref="ArgumentException">The date is before the first disbursement.</exception>
    public PayoffQuote PayoffQuote(LocalDate date) => PayoffQuote(date, PlanPeriods(), KeptCount(date), null);

    /// <summary>Quotes the payoff on several dates, planning the schedule's periods once: the same quotes as <see cref="PayoffQuote(LocalDate)"/> date by date.</summary>
    /// <param name="dates">The dates, each on or after the first disbursement.</param>
    /// <returns>One quote per date, in the order given.</returns>
    /// <exception cref="ArgumentException">A date is before the first disbursement.</exception>
    public IReadOnlyList<PayoffQuote> PayoffQuotes(IEnumerable<LocalDate> dates)
    {
        Preconditions.CheckNotNull(dates);
        var periods = PlanPeriods();
        var days = dates.ToArray();
        var order = new int[days.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // In date order, the installments kept and the interest they carry grow row by row instead of from the first.
        Array.Sort(order, (x, y) => days[x].CompareTo(days[y]));
        var quotes = new PayoffQuote[days.Length];
        var split = 0;
        var carried = default(CarriedInterest);
        foreach (var i in order)
        {
            while (split < _installments.Length && _installments[split].DueDate <= days[i])
            {
                carried.Add(_installments[split++]);
            }

            quotes[i] = PayoffQuote(days[i], periods, split, carried);
        }

        return quotes;
    }

    /// <summary>A payoff quote, with the installments kept on the date and the interest they carry when known.</summary>
    private PayoffQuote PayoffQuote(LocalDate date, PlanPeriod[] periods, int split, CarriedInterest? carried)
    {
        Preconditions.CheckArgument(date >= Terms.StartDate, nameof(date), $"Payoff date {date:uuuu-MM-dd} is before the first disbursement on {Terms.StartDate:uuuu-MM-dd}.", $"La date de remboursement anticipé total {date:uuuu-MM-dd} précède le premier décaissement du {Terms.StartDate:uuuu-MM-dd}.");
        var tail = new TailContext(this, split, periods, carried);
        if (split >= _installments.Length || !WrittenOff.IsZero)
        {
            var zero = Money.Zero(Currency);
            return new PayoffQuote(date, zero, zero);
        }

        var period = tail.AllPeriods[split];
        var digits = Currency.MinorUnits;
        var balance = tail.OpeningBalance;
        var cursor = tail.Start;
        var exact = default(ScheduleEngine.ExactInterest);
        foreach (var e in tail.Events)
        {
            if (e.Date > date)
            {
                break;
            }

            if (e.Date > cursor)
            {
                exact.Add(ScheduleEngine.Units(balance, digits), period.Rate, Basis.FractionParts(cursor, e.Date, period.RegularStart, period.RegularEnd, Terms.Frequency));
                cursor = e.Date;
            }

            balance += e.Delta;
        }

        if (date > cursor)
        {
            exact.Add(ScheduleEngine.Units(balance, digits), period.Rate, Basis.FractionParts(cursor, date, period.RegularStart, period.RegularEnd, Terms.Frequency));
        }

        // The same exact, once-rounded interest as the engine's (mode of the terms' policy, currency's digits).
        exact.Scale(period.ScaleParts(Basis, Terms.Frequency));
        var interest = DecimalMath.FromMinorUnits(exact.RoundToUnits(Terms.Rounding.Amounts.Mode), digits) + tail.DeferredInterest + tail.HolidayInterest;
        return new PayoffQuote(date, Money.FromExact(balance, Currency), Money.FromExact(interest, Currency));
    }

    private AccrualBasis Basis => CurrentInterest.Basis;

    /// <summary>The index of the installment due on a date, or −1.</summary>
    private int DueOn(LocalDate date)
    {
        for (var k = 0; k < _installments.Length; k++)
        {
            if (_installments[k].DueDate == date)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The next three due dates after a date, then "…", for a refusal's message; <paramref name="none"/> when no installment falls due after it.</summary>
    private string DueDatesAfter(LocalDate date, string none)
    {
        var later = _installments.Where(i => i.DueDate > date).Select(i => i.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return later.Count == 0 ? none : string.Join(", ", later.Take(3)) + "…";
    }

    private int KeptCount(LocalDate date)
    {
        var k = 0;
        while (k < _installments.Length && _installments[k].DueDate <= date)
        {
            k++;
        }

        return k;
    }

    private RepaymentSchedule ApplyHoliday(PaymentHolidayEvent e, TailContext tail)
    {
        var phase = PhaseTable.ForHoliday(e.Interest);
        var old = tail.Periods;
        PlanPeriod[] periods;
        if (e.Term == HolidayTerm.ExtendTerm)
        {
            var shifted = new SchedulePhase[old.Length + e.Installments];
            for (var j = 0; j < shifted.Length; j++)
            {
                shifted[j] = j < e.Installments ? phase : old[j - e.Installments].Phase;
            }

            // The open period keeps its rate; the others are on new dates, so a rate that resets each period is
            // fixed again for each of them (not shifted from the period that used to be there).
            periods = GridPeriods(tail, shifted, Basis);
            var fixedRate = RateFor(CurrentInterest);
            periods[0].Rate = old[0].Rate;
            for (var j = 1; j < periods.Length; j++)
            {
                periods[j].Rate = fixedRate ?? SchedulePlanner.ResetRate(CurrentInterest, Fixings!, periods[j].Start);
            }
        }
        else
        {
            periods = [.. old];
            for (var j = 0; j < e.Installments && j < periods.Length; j++)
            {
                periods[j].Phase = phase;
            }
        }

        var amortizing = periods.Count(p => PhaseTable.RepaysPrincipal(p.Phase));
        ScheduleRefusedException.Check(
            amortizing > 0,
            nameof(e),
            $"A payment holiday of {e.Installments} installments leaves no installment to amortize the principal ({old.Length} remain): extend the term instead, or shorten the holiday.", $"Un report d'échéances de {e.Installments} échéances ne laisse aucune échéance pour amortir le principal (il en reste {old.Length}) : allongez plutôt la durée, ou raccourcissez le report.");
        return Rebuild(e, tail, periods, tail.Events, CurrentAmortization.ForAmortizing(amortizing), Basis, CurrentInterest, 0m);
    }

    private RepaymentSchedule ApplyRateChange(RateChangeEvent e, LocalDate effective, TailContext tail)
    {
        var fixedRate = RateFor(e.Interest);
        var periods = tail.Periods.ToArray();
        for (var j = 0; j < periods.Length; j++)
        {
            if (periods[j].Start < effective)
            {
                continue;
            }

            periods[j].Rate = fixedRate ?? SchedulePlanner.ResetRate(e.Interest, Fixings!, periods[j].Start);
            periods[j].SetFraction(e.Interest.Basis.FractionParts(periods[j].Start, periods[j].End, periods[j].RegularStart, periods[j].RegularEnd, Terms.Frequency));
            periods[j].ChargedAsRegular = false;
        }

        return Rebuild(e, tail, periods, tail.Events, CurrentAmortization.ForAmortizing(periods.Count(p => PhaseTable.RepaysPrincipal(p.Phase))), e.Interest.Basis, e.Interest, 0m);
    }

    private RepaymentSchedule ApplyPrepayment(PrepaymentEvent e, TailContext tail)
    {
        CurrencyMismatchException.ThrowIfDifferent(Currency, e.Amount.Currency);
        var outstanding = tail.OpeningBalance + tail.Events.Where(x => x.Date <= tail.EffectiveDate(e.Date)).Sum(x => x.Delta);
        ScheduleRefusedException.Check(
            e.Amount.Amount <= outstanding,
            nameof(e),
            $"Prepayment of {e.Amount} on {e.Date:uuuu-MM-dd} exceeds the outstanding principal of {Money.FromExact(outstanding, Currency)}: prepay at most the outstanding principal.", $"Le remboursement anticipé de {e.Amount} du {e.Date:uuuu-MM-dd} dépasse le capital restant dû de {Money.FromExact(outstanding, Currency)} : remboursez au plus le capital restant dû.");
        var events = tail.Events.Append(new BalanceEvent(tail.EffectiveDate(e.Date), -e.Amount.Amount)).OrderBy(x => x.Date).ToArray();
        var periods = tail.Periods.ToArray();
        decimal? fixedInstallment = null;
        decimal? fixedPrincipal = null;
        var truncate = false;
        if (e.Amount.Amount == outstanding)
        {
            // Full prepayment: the advance closes on the payment date, with the interest accrued to that date (and any
            // deferred interest) due with a closing installment, as the payoff quote says. The installment is due on
            // the payment date or, when that is not a business day, on the first business day after it (never before
            // the payment); interest stops at the payment either way, as the balance is zero from then on.
            var close = tail.EffectiveDate(e.Date);
            var first = periods[0];
            var due = Terms.Convention == BusinessDayConvention.Unadjusted ? close : Terms.Calendar.Adjust(close, BusinessDayConvention.Following);

            // The closing row moves to that date only when it follows the last kept due date and comes before the next
            // one. Paid on the last kept due date itself (with unadjusted accrual, the kept period can end before it),
            // the closing row keeps its own due date, as due dates strictly increase.
            var lastKeptDue = tail.Split > 0 ? _installments[tail.Split - 1].DueDate : Terms.StartDate;
            if (close > first.Start && close > lastKeptDue && due < first.Due)
            {
                // Keep the regular period's length for the periodic basis: move its nominal start with the end.
                var end = Terms.AccrualDates == AccrualDates.Adjusted ? due : close;
                var regularDays = Period.DaysBetween(first.RegularStart, first.RegularEnd);
                first.End = end;
                first.Unadjusted = close;
                first.Due = due;
                first.RegularStart = end.PlusDays(-regularDays);
                first.SetRegularEnd(end);
                first.SetFraction(Basis.FractionParts(first.Start, end, first.RegularStart, end, Terms.Frequency));
            }

            first.Phase = SchedulePhase.Amortization;
            periods = [first];
        }
        else if (e.Effect == PrepaymentEffect.ReduceTerm)
        {
            var regular = RegularAmortizingRow(tail.Split);
            if (regular is { } row && CurrentAmortization.Kind == AmortizationKind.Annuity)
            {
                fixedInstallment = row.PrincipalValue + row.InterestAccruedValue;
                truncate = true;
            }
            else if (regular is { } linearRow && CurrentAmortization.Kind == AmortizationKind.Linear)
            {
                fixedPrincipal = linearRow.PrincipalValue;
                truncate = true;
            }
        }

        var prepayment = new CashFlow(e.Date, e.Amount, CashFlowKind.Prepayment);
        var amortizing = periods.Count(p => PhaseTable.RepaysPrincipal(p.Phase));
        return Rebuild(e, tail, periods, events, CurrentAmortization.ForAmortizing(amortizing), Basis, CurrentInterest, 0m, fixedInstallment, fixedPrincipal, truncate, prepayment);
    }

    private RepaymentSchedule ApplyRestructuring(RestructuringEvent e, LocalDate effective, TailContext tail)
    {
        var interest = e.Interest ?? CurrentInterest;
        var profile = e.Amortization ?? (CurrentAmortization.Kind == AmortizationKind.Custom ? AmortizationProfile.Linear : CurrentAmortization);
        var deferred = e.Deferral.Sum(d => d.InstallmentsFor(Terms.Frequency));
        PhaseTable.PrincipalFreeInstallments(e.Deferral, Terms.Frequency, nameof(e));
        ScheduleRefusedException.Check(
            deferred < e.RemainingInstallments,
            nameof(e),
            $"Restructuring deferral of {deferred} installments is not shorter than the {e.RemainingInstallments} remaining installments: at least one must amortize.", $"Le différé de restructuration de {deferred} échéances n'est pas plus court que les {e.RemainingInstallments} échéances restantes : au moins une doit amortir.");
        var phases = new SchedulePhase[e.RemainingInstallments];
        var index = 0;
        foreach (var phase in e.Deferral)
        {
            for (var j = 0; j < phase.InstallmentsFor(Terms.Frequency); j++)
            {
                phases[index++] = phase.Kind;
            }
        }

        var fixedRate = RateFor(interest);
        var periods = GridPeriods(tail, phases, interest.Basis);
        for (var j = 0; j < periods.Length; j++)
        {
            periods[j].Rate = fixedRate ?? SchedulePlanner.ResetRate(interest, Fixings!, periods[j].Start);
        }

        var arrears = e.CapitalizedArrears?.Amount ?? 0m;
        if (e.CapitalizedArrears is { } money)
        {
            CurrencyMismatchException.ThrowIfDifferent(Currency, money.Currency);
        }

        var events = arrears > 0m
            ? [.. tail.Events.Append(new BalanceEvent(tail.EffectiveDate(effective), arrears)).OrderBy(x => x.Date)]
            : tail.Events;
        return Rebuild(e, tail, periods, events, profile, interest.Basis, interest, arrears);
    }

    private RepaymentSchedule ApplyWriteOff(WriteOffEvent e, TailContext tail)
    {
        ScheduleRefusedException.Check(
            tail.Events.All(x => x.Date <= e.Date),
            nameof(e),
            $"Write-off on {e.Date:uuuu-MM-dd} comes before the last tranche is disbursed: cancel the undisbursed tranches first.", $"Le passage en perte du {e.Date:uuuu-MM-dd} précède le décaissement de la dernière tranche : annulez d'abord les tranches non décaissées.");
        var outstanding = tail.OpeningBalance + tail.Events.Sum(x => x.Delta);
        return new RepaymentSchedule(
            Terms, Fixings, _installments[..tail.Split], tail.AllPeriods[..tail.Split], _balanceEvents, _disbursementFees, _prepayments, [.. _events, e], Version + 1,
            WrittenOff.Amount + outstanding, _capitalizedByEvents, CurrentInterest, CurrentAmortization);
    }

    private RepaymentSchedule Rebuild(
        ServicingEvent e,
        TailContext tail,
        PlanPeriod[] periods,
        BalanceEvent[] events,
        AmortizationProfile profile,
        AccrualBasis basis,
        InterestTerms interest,
        decimal capitalized,
        decimal? fixedInstallment = null,
        decimal? fixedPrincipal = null,
        bool truncate = false,
        CashFlow? prepayment = null)
    {
        var plan = new SchedulePlan
        {
            Currency = Currency,
            Rounding = Terms.Rounding,
            Basis = basis,
            Frequency = Terms.Frequency,
            Profile = profile,
            FirstNumber = tail.Split + 1,
            OpeningBalance = tail.OpeningBalance,
            Events = events,
            CarryDeferredInterest = tail.DeferredInterest,
            CarryHolidayInterest = tail.HolidayInterest,
            FixedInstallment = fixedInstallment,
            FixedPrincipal = fixedPrincipal,
            TruncateWhenRepaid = truncate,
            FeePerInstallment = SchedulePlanner.FeePerInstallment(Terms),
        };
        var applied = new BalanceEvent[events.Length];
        var rows = ScheduleEngine.Run(plan, periods, applied);
        var keptPeriods = rows.Length == periods.Length ? periods : periods[..rows.Length];
        return new RepaymentSchedule(
            Terms,
            Fixings,
            [.. _installments.AsSpan(0, tail.Split), .. rows],
            [.. tail.AllPeriods.AsSpan(0, tail.Split), .. keptPeriods],
            [.. _balanceEvents.Where(x => x.Row >= 0 && x.Row < tail.Split), .. applied],
            _disbursementFees,
            prepayment is { } flow ? [.. _prepayments, flow] : _prepayments,
            [.. _events, e],
            Version + 1,
            WrittenOff.Amount,
            _capitalizedByEvents + capitalized,
            interest,
            profile);
    }

    private decimal? RateFor(InterestTerms interest) => SchedulePlanner.FixedRateOrNull(interest, Fixings);

    /// <summary>A regular (non-residue) amortizing row at or after the split, else the last one before it.</summary>
    private Installment? RegularAmortizingRow(int split)
    {
        for (var i = split; i < _installments.Length - 1; i++)
        {
            if (PhaseTable.RepaysPrincipal(_installments[i].Phase) && (i > 0 || Terms.Rounding.Residue == ResidueTarget.Last))
            {
                return _installments[i];
            }
        }

        for (var i = Math.Min(split, _installments.Length) - 1; i >= 0; i--)
        {
            if (PhaseTable.RepaysPrincipal(_installments[i].Phase))
            {
                return _installments[i];
            }
        }

        return null;
    }

    /// <summary>Builds periods on the nominal grid from the split, one per phase; the caller sets their rates.</summary>
    private PlanPeriod[] GridPeriods(TailContext tail, SchedulePhase[] phases, AccrualBasis basis)
    {
        var periods = new PlanPeriod[phases.Length];
        var previousEnd = tail.Start;
        for (var j = 0; j < phases.Length; j++)
        {
            var index = tail.Split + j;
            if (index < tail.AllPeriods.Length && j == 0)
            {
                periods[j] = tail.AllPeriods[index];
            }
            else
            {
                var unadjusted = Terms.NominalDueDate(index);
                var due = Terms.Calendar.Adjust(unadjusted, Terms.DueConvention);
                var end = Terms.AccrualDates == AccrualDates.Adjusted ? due : unadjusted;
                periods[j] = new PlanPeriod
                {
                    Start = previousEnd,
                    End = end,
                    RegularStart = previousEnd,
                    Unadjusted = unadjusted,
                    Due = due,
                };
            }

            periods[j].Phase = phases[j];
            if (j > 0 || index >= tail.AllPeriods.Length)
            {
                periods[j].SetFraction(basis.FractionParts(periods[j].Start, periods[j].End, periods[j].RegularStart, periods[j].RegularEnd, Terms.Frequency));
            }

            previousEnd = periods[j].End;
        }

        return periods;
    }

    /// <summary>The state of the schedule at a split: opening balance, pending tranches, carried interest.</summary>
    private readonly struct TailContext
    {
        public TailContext(RepaymentSchedule schedule, int split)
            : this(schedule, split, schedule.PlanPeriods())
        {
        }

        public TailContext(RepaymentSchedule schedule, int split, PlanPeriod[] periods, CarriedInterest? carried = null)
        {
            Split = split;
            var rows = schedule._installments;
            Start = split > 0 ? rows[split - 1].PeriodEnd : schedule.Terms.StartDate;
            OpeningBalance = split > 0 ? rows[split - 1].OutstandingValue : schedule.Terms.Tranches[0].Amount.Amount;

            // The kept rows reflect exactly the movements that entered them; the tail replays the others.
            Events = schedule._balanceEvents.Length == 0 ? [] : [.. schedule._balanceEvents.Where(x => x.Row < 0 || x.Row >= split).Select(x => x with { Row = -1 })];

            if (carried is not { } known)
            {
                known = default;
                for (var i = 0; i < split; i++)
                {
                    known.Add(rows[i]);
                }
            }

            DeferredInterest = known.Deferred;
            HolidayInterest = known.Holiday;
            AllPeriods = periods;
        }

        public int Split { get; }

        /// <summary>
        /// The date a balance change takes effect in the tail: its own date, clamped to the first open accrual
        /// period. With unadjusted accrual a due date can differ from the accrual boundary, so a movement dated
        /// between them moves to the boundary: before the last kept due date's period end, it takes effect at the
        /// tail's start; after the first open period's end but before its due date, it takes effect at that end and
        /// still reduces that installment.
        /// </summary>
        public LocalDate EffectiveDate(LocalDate date) => date < Start ? Start : Periods.Length > 0 && date > Periods[0].End ? Periods[0].End : date;

        public LocalDate Start { get; }

        public decimal OpeningBalance { get; }

        public BalanceEvent[] Events { get; }

        public decimal DeferredInterest { get; }

        public decimal HolidayInterest { get; }

        /// <summary>Gets the periods of every installment of the schedule.</summary>
        public PlanPeriod[] AllPeriods { get; }

        /// <summary>Gets the periods from the split on.</summary>
        public ReadOnlySpan<PlanPeriod> Periods => AllPeriods.AsSpan(Split);
    }
}
