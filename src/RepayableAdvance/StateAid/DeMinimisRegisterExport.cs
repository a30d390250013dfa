using System.Globalization;
using System.Text;

namespace RepayableAdvance.StateAid;

/// <summary>Exports a register's grants with the fields the regulation's register article and the French national register ask for, and the yearly report.</summary>
/// <remarks>
/// <para>The fields: those of art. 6 of Regulation (EU) 2023/2831 (the beneficiary, the amount as a gross grant
/// equivalent, the date of grant, the granting authority, the aid instrument and the sector), and those the French
/// decree no. 2025-1361 of 26 December 2025 on the national register of de minimis aid adds (art. 4): the aid's unique
/// identification number, the funding body where it differs from the grantor, and the designation of the
/// regulation.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DeMinimisRegisterExport
{
    /// <summary>The register's grants as lines, in date order.</summary>
    /// <param name="register">The register.</param>
    /// <param name="grantingAuthority">The authority that grants the aid.</param>
    /// <param name="instrument">The aid instrument; <c>repayable advance</c> by default.</param>
    /// <param name="fundingBody">The funding body, where it differs from the grantor; null otherwise.</param>
    /// <param name="sectors">Each beneficiary's NACE code; null when unknown.</param>
    /// <returns>One line per grant.</returns>
    /// <exception cref="ArgumentException">The granting authority or the instrument is blank.</exception>
    public static IReadOnlyList<DeMinimisRegisterLine> Lines(DeMinimisRegister register, string grantingAuthority, string instrument = "repayable advance", string? fundingBody = null, IReadOnlyDictionary<string, string>? sectors = null)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(grantingAuthority), nameof(grantingAuthority), "The register needs the granting authority.", "Le registre a besoin de l'autorité qui octroie l'aide.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(instrument), nameof(instrument), "The register needs the aid instrument.", "Le registre a besoin de l'instrument d'aide.");
        return [.. register.Grants.OrderBy(g => g.GrantDate).ThenBy(g => g.Id, StringComparer.Ordinal).Select(g => new DeMinimisRegisterLine(
            g.Id, g.Beneficiary, g.GrantDate, g.GrossGrantEquivalent, g.Regime.Code, g.Regime.Publication?.Title ?? g.Regime.Name, grantingAuthority, fundingBody, instrument,
            sectors is not null && sectors.TryGetValue(g.Beneficiary, out var nace) ? nace : null, g.Description))];
    }

    /// <summary>The lines as CSV: <c>aidId,beneficiary,grantDate,grossGrantEquivalent,currency,regulationCode,regulation,grantingAuthority,fundingBody,instrument,sector,description</c>.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>RFC 4180 CSV with a header row; amounts with a point and the currency's minor digits.</returns>
    public static string Csv(IReadOnlyList<DeMinimisRegisterLine> lines)
    {
        Preconditions.CheckNotNull(lines);
        var text = new StringBuilder("aidId,beneficiary,grantDate,grossGrantEquivalent,currency,regulationCode,regulation,grantingAuthority,fundingBody,instrument,sector,description\n");
        foreach (var l in lines)
        {
            var digits = "F" + l.GrossGrantEquivalent.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture);
            text.AppendJoin(',', [
                CsvText.Quote(l.AidId), CsvText.Quote(l.Beneficiary), l.GrantDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                l.GrossGrantEquivalent.Amount.ToString(digits, CultureInfo.InvariantCulture), l.GrossGrantEquivalent.Currency.Code,
                CsvText.Quote(l.RegulationCode), CsvText.Quote(l.Regulation), CsvText.Quote(l.GrantingAuthority), CsvText.Quote(l.FundingBody ?? string.Empty),
                CsvText.Quote(l.Instrument), CsvText.Quote(l.Sector ?? string.Empty), CsvText.Quote(l.Description ?? string.Empty)]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The yearly report: the aid granted per calendar year, per regulation and per beneficiary.</summary>
    /// <param name="register">The register.</param>
    /// <returns>One line per year, regulation and beneficiary, in that order.</returns>
    public static IReadOnlyList<DeMinimisYearlyLine> Yearly(DeMinimisRegister register)
    {
        Preconditions.CheckNotNull(register);
        return [.. register.Grants
            .GroupBy(g => (g.GrantDate.Year, g.Regime.Code, g.Beneficiary))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Beneficiary, StringComparer.Ordinal)
            .Select(g => new DeMinimisYearlyLine(g.Key.Year, g.Key.Code, g.Key.Beneficiary, g.Count(), g.Select(x => x.GrossGrantEquivalent).Aggregate((a, b) => a + b)))];
    }
}
