using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <content>The arrears without late interest, settled from the payments' total in minor units.</content>
public sealed partial class RepaymentSchedule
{
    /// <summary>
    /// The arrears when no late interest accrues: then when a payment arrives changes nothing, and the payments' total,
    /// in minor units, settles the installments oldest first, each in the waterfall's order, as they do one by one.
    /// </summary>
    private ScheduleArrears ArrearsFromTotal(long left, LocalDate asOf, PaymentWaterfall waterfall)
    {
        List<OverdueInstallment>? overdue = null;
        long overdueUnits = 0, principalPaid = 0;
        for (var i = 0; i < _installments.Length; i++)
        {
            var row = _installments[i];
            if (left == 0 && row.DueDate >= asOf)
            {
                break; // nothing more is paid, and nothing later is overdue
            }

            long principal = row.PrincipalUnits, interest = row.InterestUnits, fees = row.FeesUnits;
            var whole = principal + interest + fees;
            long rest;
            if (left >= whole)
            {
                left -= whole;
                principalPaid += principal;
                rest = 0;
            }
            else
            {
                rest = whole - left;
                for (var k = 0; k < waterfall.Order.Count && left > 0; k++)
                {
                    var component = waterfall.Order[k];
                    var due = component switch
                    {
                        PaymentComponent.Principal => principal,
                        PaymentComponent.Interest => interest,
                        PaymentComponent.Fees => fees,
                        PaymentComponent.LateInterest => 0,
                        _ => throw Preconditions.State(Preconditions.Invariant($"Unknown payment component {component}."), Preconditions.Invariant($"Composante de paiement inconnue {component}.")),
                    };
                    var take = Math.Min(left, due);
                    principalPaid += component == PaymentComponent.Principal ? take : 0;
                    left -= take;
                }
            }

            if (rest > 0 && row.DueDate < asOf)
            {
                (overdue ??= []).Add(new OverdueInstallment(row.Number, row.DueDate, Money.FromMinorUnitsExact(rest, Currency)));
                overdueUnits += rest;
            }
        }

        var days = overdue is { Count: > 0 } ? Period.DaysBetween(overdue[0].DueDate, asOf) : 0;
        return new ScheduleArrears(
            asOf,
            overdue is null ? [] : overdue,
            Money.FromMinorUnitsExact(overdueUnits, Currency),
            days,
            Money.FromMinorUnitsExact(principalPaid, Currency));
    }

    /// <summary>Checks each payment on or before the date and totals them in minor units; false when the total does not fit 63 bits.</summary>
    private bool TrySumMinorUnits(IEnumerable<Payment> payments, LocalDate asOf, out long total)
    {
        total = 0;
        var fits = true;
        if (payments is IReadOnlyList<Payment> list)
        {
            for (var k = 0; k < list.Count; k++)
            {
                Add(list[k], ref total);
            }
        }
        else
        {
            foreach (var payment in payments)
            {
                Add(payment, ref total);
            }
        }

        return fits;

        void Add(Payment payment, ref long sum)
        {
            if (payment.Date > asOf)
            {
                return;
            }

            CheckPayment(payment);
            if (!fits || !DecimalMath.TryToMinorUnits(payment.Amount.Amount, Currency.MinorUnits, out var units) || long.MaxValue - units < sum)
            {
                fits = false;
                return;
            }

            sum += units;
        }
    }

    private void CheckPayment(Payment payment)
    {
        CurrencyMismatchException.ThrowIfDifferent(Currency, payment.Amount.Currency);
        ScheduleRefusedException.Check(
            payment.Date >= Terms.StartDate,
            "payments",
            $"Payment on {payment.Date:uuuu-MM-dd} is before the first disbursement on {Terms.StartDate:uuuu-MM-dd}.", $"Le paiement du {payment.Date:uuuu-MM-dd} précède le premier décaissement du {Terms.StartDate:uuuu-MM-dd}.");
    }
}
