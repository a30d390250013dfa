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
        var (remaining, paidOrNull, lateCharged, settledOnOrNull, totalPaid, credit, _) = Settle(payments, asOf, waterfall, detail: true);
        var paid = paidOrNull!;
        var settledOn = settledOnOrNull!;
        var n = _installments.Length;
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
                M(lateCharged?[i] ?? 0m),
                M(paid[(i * Components) + (int)PaymentComponent.Fees]),
                M(paid[(i * Components) + (int)PaymentComponent.LateInterest]),
                M(paid[(i * Components) + (int)PaymentComponent.Interest]),
                M(paid[(i * Components) + (int)PaymentComponent.Principal]),
                M(rest),
                settledOn[i]);
            if (row.DueDate < asOf && rest > 0m)
            {
                overdue += rest;
                lateAccrued += remaining[(i * Components) + (int)PaymentComponent.LateInterest];
                inArrears++;
                oldest ??= row.DueDate;
            }
        }

        var daysPastDue = oldest is { } o ? Period.DaysBetween(o, asOf) : 0;
        return new ServicingStatement(asOf, statuses, M(totalPaid), M(credit), M(overdue), M(lateAccrued), daysPastDue, inArrears);

        Money M(decimal amount) => Money.FromExact(amount, Currency);
    }

    /// <summary>
    /// Settles payments as <see cref="ApplyPayments"/> does and returns only the arrears as of the date: each overdue
    /// installment's unpaid amount, and the principal paid. It skips the per-installment statement, for ageing a whole book.
    /// </summary>
    /// <param name="payments">The payments received; those after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="waterfall">The settlement order, or null for the default.</param>
    /// <returns>The arrears; the same figures as the statement's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> is null.</exception>
    /// <exception cref="ArgumentException">A payment is dated before the first disbursement.</exception>
    /// <exception cref="CurrencyMismatchException">A payment is in another currency.</exception>
    public ScheduleArrears ArrearsAt(IEnumerable<Payment> payments, LocalDate asOf, PaymentWaterfall? waterfall = null)
    {
        Preconditions.CheckNotNull(payments);
        if (Terms.LateInterest is null && TrySumMinorUnits(payments, asOf, out var paidUnits))
        {
            return ArrearsFromTotal(paidUnits, asOf, waterfall ?? PaymentWaterfall.Default);
        }

        var (remaining, _, _, _, _, _, principalPaid) = Settle(payments, asOf, waterfall, detail: false);
        var overdue = new List<OverdueInstallment>();
        var total = 0m;
        for (var i = 0; i < _installments.Length; i++)
        {
            var rest = Outstanding(remaining, i);
            if (_installments[i].DueDate < asOf && rest > 0m)
            {
                overdue.Add(new OverdueInstallment(_installments[i].Number, _installments[i].DueDate, Money.FromExact(rest, Currency)));
                total += rest;
            }
        }

        var days = overdue.Count > 0 ? Period.DaysBetween(overdue[0].DueDate, asOf) : 0;
        return new ScheduleArrears(asOf, overdue, Money.FromExact(total, Currency), days, Money.FromExact(principalPaid, Currency));
    }

    /// <summary>What settling the payments left: the remaining components, and with the detail the paid components, late interest charged and settlement dates.</summary>
    private readonly record struct Settlement(decimal[] Remaining, decimal[]? Paid, decimal[]? LateCharged, LocalDate?[]? SettledOn, decimal TotalPaid, decimal Credit, decimal PrincipalPaid);

    /// <summary>Settles payments on the installments: the one home of the waterfall, late interest and arrears rules.</summary>
    /// <remarks>Without <paramref name="detail"/>, only what the arrears need is kept: no paid components per installment,
    /// no settlement dates, so ageing a book allocates half as much.</remarks>
    private Settlement Settle(IEnumerable<Payment> payments, LocalDate asOf, PaymentWaterfall? waterfall, bool detail)
    {
        Preconditions.CheckNotNull(payments);
        var order = (waterfall ?? PaymentWaterfall.Default).Order.ToArray();
        var rounding = Terms.Rounding.Amounts;
        var late = Terms.LateInterest;
        var n = _installments.Length;
        // Flat arrays of four components per installment: a multidimensional array costs more to allocate than the
        // statement's arithmetic.
        var remaining = new decimal[n * Components];
        var paid = detail ? new decimal[n * Components] : null;
        var settledOn = detail ? new LocalDate?[n] : null;
        var lateFrom = late is null ? null : new LocalDate[n];
        var lateCharged = late is null ? null : new decimal[n];
        for (var i = 0; i < n; i++)
        {
            remaining[(i * Components) + (int)PaymentComponent.Fees] = _installments[i].FeesValue;
            remaining[(i * Components) + (int)PaymentComponent.Interest] = _installments[i].InterestValue;
            remaining[(i * Components) + (int)PaymentComponent.Principal] = _installments[i].PrincipalValue;
            if (lateFrom is not null)
            {
                lateFrom[i] = _installments[i].DueDate;
            }
        }

        var principalPaid = 0m;
        var totalPaid = 0m;
        var credit = 0m;

        // Payments settle the oldest installments first, and a settled installment bears no late interest: every
        // installment before the first open one stays settled, so neither loop looks at them again.
        var firstOpen = 0;

        void ChargeLateInterest(LocalDate until)
        {
            if (late is null || lateFrom is null || lateCharged is null)
            {
                return;
            }

            for (var i = firstOpen; i < n && _installments[i].DueDate < until; i++)
            {
                var basis = remaining[(i * Components) + (int)PaymentComponent.Interest] + remaining[(i * Components) + (int)PaymentComponent.Principal];
                if (basis > 0m && until > lateFrom[i])
                {
                    var (num, den) = late.DayCount.YearFractionParts(lateFrom[i], until);
                    var charge = rounding.Round(basis * late.Rate.Value * num / den, Currency).Amount;
                    remaining[(i * Components) + (int)PaymentComponent.LateInterest] += charge;
                    lateCharged[i] += charge;
                }

                lateFrom[i] = until;
            }
        }

        // Without late interest and without the detail, when a payment arrives changes nothing: payments fill the
        // installments oldest first, each in the waterfall's order, so their total settles exactly as they do one by one.
        if (late is null && !detail)
        {
            var sum = 0m;
            if (payments is IReadOnlyList<Payment> list)
            {
                for (var k = 0; k < list.Count; k++)
                {
                    sum += Due(list[k]);
                }
            }
            else
            {
                foreach (var payment in payments)
                {
                    sum += Due(payment);
                }
            }

            totalPaid = sum;
            credit = Allocate(sum, asOf);
            return new Settlement(remaining, null, null, null, totalPaid, credit, principalPaid);
        }

        foreach (var payment in InDateOrder(payments, asOf))
        {
            CheckPayment(payment);
            ChargeLateInterest(payment.Date);
            totalPaid += payment.Amount.Amount;
            credit += Allocate(payment.Amount.Amount, payment.Date);
        }

        ChargeLateInterest(asOf);

        return new Settlement(remaining, paid, lateCharged, settledOn, totalPaid, credit, principalPaid);

        decimal Due(Payment payment)
        {
            if (payment.Date > asOf)
            {
                return 0m;
            }

            CheckPayment(payment);
            return payment.Amount.Amount;
        }

        // Settles an amount from the first open installment; returns what is left over, credit paid ahead of everything.
        decimal Allocate(decimal left, LocalDate date)
        {
            for (var i = firstOpen; i < n && left > 0m; i++)
            {
                // An installment paid in full is paid in full whatever the waterfall's order.
                var whole = Outstanding(remaining, i);
                if (left >= whole)
                {
                    principalPaid += remaining[(i * Components) + (int)PaymentComponent.Principal];
                    for (var c = 0; c < Components; c++)
                    {
                        if (paid is not null)
                        {
                            paid[(i * Components) + c] += remaining[(i * Components) + c];
                        }

                        remaining[(i * Components) + c] = 0m;
                    }

                    left -= whole;
                    if (settledOn is not null)
                    {
                        settledOn[i] ??= date;
                    }

                    firstOpen += i == firstOpen ? 1 : 0;
                    continue;
                }

                foreach (var component in order)
                {
                    var take = Math.Min(left, remaining[(i * Components) + (int)component]);
                    remaining[(i * Components) + (int)component] -= take;
                    if (paid is not null)
                    {
                        paid[(i * Components) + (int)component] += take;
                    }

                    principalPaid += component == PaymentComponent.Principal ? take : 0m;
                    left -= take;
                }

                // Less than the whole installment was left, so it stays open, and nothing is left for later ones.
            }

            return left;
        }
    }

    private const int Components = 4;

    private static decimal Outstanding(decimal[] remaining, int i) =>
        remaining[i * Components] + remaining[(i * Components) + 1] + remaining[(i * Components) + 2] + remaining[(i * Components) + 3];

    /// <summary>The payments on or before a date, in date order (stable: payments of one day keep their order), sorted only when they are not already.</summary>
    private static Payment[] InDateOrder(IEnumerable<Payment> payments, LocalDate asOf)
    {
        var list = payments.Where(p => p.Date <= asOf).ToArray();
        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Date < list[i - 1].Date)
            {
                return [.. list.OrderBy(p => p.Date)];
            }
        }

        return list;
    }
}
