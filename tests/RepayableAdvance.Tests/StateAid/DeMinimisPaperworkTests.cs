using System.Globalization;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

public sealed class DeMinimisPaperworkTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static DeMinimisGrant Grant(string id, LocalDate date, decimal gge, DeMinimisRegime? regime = null, string beneficiary = "302512345") =>
        new(id, beneficiary, date, regime ?? DeMinimisRegulations.General2023, Money.Euros(gge), "committee decision", "Avance remboursable HDF-2025-001");

    [Fact]
    public void The_notice_names_the_aid_as_a_gge_and_the_regulation_with_its_title_and_official_journal_in_both_languages()
    {
        var notice = DeMinimisNotice.For(Grant("HDF-2025-001", new LocalDate(2025, 7, 15), 21_646.89m), "Région Hauts-de-France", "Chaudronnerie du Nord");
        Assert.True(notice.IsRequired);
        Assert.Equal(
            "Région Hauts-de-France grants Chaudronnerie du Nord (302512345), on 15/07/2025, aid whose gross grant equivalent is 21,646.89 EUR (reference HDF-2025-001).\n\n"
            + "This aid is de minimis aid under Commission Regulation (EU) 2023/2831 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid (OJ L, 2023/2831, 15.12.2023).\n\n"
            + "Keep this letter: the undertaking must declare this aid with any other de minimis aid it receives over the period the regulation sets, and show it whenever the authorities or the European Commission ask.",
            notice.Text(English));
        var french = notice.Text(French).Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.StartsWith("Région Hauts-de-France accorde à Chaudronnerie du Nord (302512345), le 15/07/2025, une aide dont l'équivalent-subvention brut est de 21 646,89 EUR", french, StringComparison.Ordinal);
        Assert.Contains("au sens du Règlement (UE) 2023/2831 de la Commission du 13 décembre 2023 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis (JO L, 2023/2831 du 15.12.2023).", french, StringComparison.Ordinal);

        // Under 1407/2013 the notice is always required; under 2023/2831 until the central register covers three years.
        var legacy = DeMinimisNotice.For(Grant("OLD-1", new LocalDate(2019, 3, 1), 10_000m, DeMinimisRegulations.Legacy1407), "Région", "Old");
        Assert.True(legacy.IsRequired);
        Assert.Contains("(OJ L 352, 24.12.2013, p. 1)", legacy.Text(English), StringComparison.Ordinal);
        Assert.False(DeMinimisNotice.For(Grant("NEW-1", new LocalDate(2029, 1, 1), 10_000m), "Région", "New").IsRequired);
        Assert.True(DeMinimisNotice.For(Grant("NEW-0", new LocalDate(2028, 12, 31), 10_000m), "Région", "New").IsRequired);

        Assert.All(DeMinimisRegulations.All, r => Assert.NotNull(r.Publication));
        var custom = new DeMinimisRegime("custom", "Custom", Money.Euros(100_000m));
        Assert.Throws<ArgumentException>(() => DeMinimisNotice.For(Grant("C-1", new LocalDate(2025, 1, 1), 1m, custom), "Région", "X"));
        Assert.Throws<ArgumentException>(() => DeMinimisNotice.For(Grant("C-2", new LocalDate(2025, 1, 1), 1m), " ", "X"));
    }

    [Fact]
    public void The_register_export_carries_the_regulation_and_national_register_fields_and_the_yearly_report_sums_per_regulation_and_beneficiary()
    {
        var register = DeMinimisRegister.Empty
            .Record(Grant("HDF-2025-001", new LocalDate(2025, 7, 15), 21_646.89m))
            .Record(Grant("HDF-2025-014", new LocalDate(2025, 11, 3), 8_000m))
            .Record(Grant("HDF-2026-002", new LocalDate(2026, 2, 1), 5_000m, beneficiary: "412345678"));
        var lines = DeMinimisRegisterExport.Lines(register, "Région Hauts-de-France", fundingBody: "CCI Hauts-de-France", sectors: new Dictionary<string, string> { ["302512345"] = "25.11" });
        Assert.Equal(3, lines.Count);
        Assert.Equal("Commission Regulation (EU) 2023/2831 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid", lines[0].Regulation);
        var csv = DeMinimisRegisterExport.Csv(lines).Split('\n');
        Assert.Equal("aidId,beneficiary,grantDate,grossGrantEquivalent,currency,regulationCode,regulation,grantingAuthority,fundingBody,instrument,sector,description", csv[0]);
        Assert.StartsWith("HDF-2025-001,302512345,2025-07-15,21646.89,EUR,general-2023,Commission Regulation (EU) 2023/2831 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid,Région Hauts-de-France,CCI Hauts-de-France,repayable advance,25.11,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",412345678,2026-02-01,5000.00,EUR,", csv[3], StringComparison.Ordinal);

        var yearly = DeMinimisRegisterExport.Yearly(register);
        Assert.Equal(
            [new DeMinimisYearlyLine(2025, "general-2023", "302512345", 2, Money.Euros(29_646.89m)), new DeMinimisYearlyLine(2026, "general-2023", "412345678", 1, Money.Euros(5_000m))],
            yearly);
        Assert.Throws<ArgumentException>(() => DeMinimisRegisterExport.Lines(register, ""));

        // The same as result documents, valid against docs/schema/results.schema.json.
        using var export = JsonDocument.Parse(RepayableAdvance.Json.ResultDocuments.Write(lines));
        Assert.Equal("deMinimisRegisterExport", export.RootElement.GetProperty("kind").GetString());
        Assert.Equal("25.11", export.RootElement.GetProperty("grants")[0].GetProperty("sector").GetString());
        using var report = JsonDocument.Parse(RepayableAdvance.Json.ResultDocuments.Write(yearly));
        Assert.Equal(2, report.RootElement.GetProperty("lines")[0].GetProperty("grants").GetInt32());
    }
}
