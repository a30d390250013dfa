using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <content>Actual payments, the waterfall, late interest and arrears.</content>
public sealed partial class RepaymentSchedule
{
    /// <summary>
    /// Applies actual payments to the installments, oldest first, each settled in the waterfall's order, charging late
    /// interest on overdue amounts, and reports the arrears as of a date.
    /// </summary>
    /// <param name="payments">The payments received; those after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The statement date.</param>
    /// <param name="waterfall">The settlement order, or null for the default (fees, late interest, interest, principal).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> is null.</exception>
    /// <exception cref="ArgumentException">A payment is dated before the first disbursement.</exception>
    /// <exception cref="CurrencyMismatchException">A payment is in another currency.</exception>
    /// <remarks>
    /// Late interest accrues on each overdue installment's unpaid principal and interest, from its due date (or the
    /// last payment that charged it) to each payment date and to the as-of date, at the terms'
    /// <see cref="ScheduleTerms.LateInterest"/> rate and day count; it is rounded with the terms' policy each time it
    /// is charged. A payment larger than everything due settles later installments in advance; what is left is
    /// unallocated credit.
    /// </remarks>
    public ServicingStatement ApplyPayments(IEnumerable<Payment> payments, LocalDate asOf, PaymentWaterfall? waterfall = null)
    {
        Preconditions.CheckNotNull(payments);
        var order = (waterfall ?? PaymentWaterfall.Default).Order;
        var rounding = Terms.Rounding.Amounts;
        var late = Terms.LateInterest;
        var n = _installments.Length;
        var remaining = new decimal[n, 4];
        var paid = new decimal[n, 4];
        var lateFrom = new LocalDate[n];
        var settledOn = new LocalDate?[n];
        for (var i = 0; i < n; i++)
        {
            remaining[i, (int)PaymentComponent.Fees] = _installments[i].FeesValue;
            remaining[i, (int)PaymentComponent.Interest] = _installments[i].InterestValue;
            remaining[i, (int)PaymentComponent.Principal] = _installments[i].PrincipalValue;
            lateFrom[i] = _installments[i].DueDate;
        }

        var lateCharged = new decimal[n];
        var totalPaid = 0m;
        var credit = 0m;

        void ChargeLateInterest(LocalDate until)
        {
            if (late is null)
            {
                return;
            }

            for (var i = 0; i < n && _installments[i].DueDate < until; i++)
            {
                var basis = remaining[i, (int)PaymentComponent.Interest] + remaining[i, (int)PaymentComponent.Principal];
                if (basis > 0m && until > lateFrom[i])
                {
                    var (num, den) = late.DayCount.YearFractionParts(lateFrom[i], until);
                    var charge = rounding.Round(basis * late.Rate.Value * num / den, Currency).Amount;
                    remaining[i, (int)PaymentComponent.LateInterest] += charge;
                    lateCharged[i] += charge;
                }

                lateFrom[i] = until;
            }
        }

        foreach (var payment in payments.Where(p => p.Date <= asOf).OrderBy(p => p.Date))
        {
            CurrencyMismatchException.ThrowIfDifferent(Currency, payment.Amount.Currency);
            ScheduleRefusedException.Check(
                payment.Date >= Terms.StartDate,
                nameof(payments),
                $"Payment on {payment.Date:uuuu-MM-dd} is before the first disbursement on {Terms.StartDate:uuuu-MM-dd}.");
            ChargeLateInterest(payment.Date);
            var left = payment.Amount.Amount;
            totalPaid += left;
            for (var i = 0; i < n && left > 0m; i++)
            {
                foreach (var component in order)
                {
                    var take = Math.Min(left, remaining[i, (int)component]);
                    remaining[i, (int)component] -= take;
                    paid[i, (int)component] += take;
                    left -= take;
                }

                if (settledOn[i] is null && Outstanding(remaining, i) == 0m)
                {
                    settledOn[i] = payment.Date;
                }
            }

            credit += left;
        }

        ChargeLateInterest(asOf);

        var statuses = new InstallmentStatus[n];
        decimal overdue = 0m, lateAccrued = 0m;
        var inArrears = 0;
        LocalDate? oldest = null;
        for (var i = 0; i < n; i++)
        {
            var row = _installments[i];
            var rest = Outstanding(remaining, i);
            statuses[i] = new InstallmentStatus(
                row.Number,
                row.DueDate,
                row.TotalDue,
                M(lateCharged[i]),
                M(paid[i, (int)PaymentComponent.Fees]),
                M(paid[i, (int)PaymentComponent.LateInterest]),
                M(paid[i, (int)PaymentComponent.Interest]),
                M(paid[i, (int)PaymentComponent.Principal]),
                M(rest),
                settledOn[i]);
            if (row.DueDate < asOf && rest > 0m)
            {
                overdue += rest;
                lateAccrued += remaining[i, (int)PaymentComponent.LateInterest];
                inArrears++;
                oldest ??= row.DueDate;
            }
        }

        var daysPastDue = oldest is { } o ? Period.DaysBetween(o, asOf) : 0;
        return new ServicingStatement(asOf, statuses, M(totalPaid), M(credit), M(overdue), M(lateAccrued), daysPastDue, inArrears);

        Money M(decimal amount) => Money.FromExact(amount, Currency);
    }

    private static decimal Outstanding(decimal[,] remaining, int i) =>
        remaining[i, 0] + remaining[i, 1] + remaining[i, 2] + remaining[i, 3];
}
