using System.Globalization;
using NodaTime;

namespace RepayableAdvance.Tests;

public class ReasonFormatterTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly ReasonCode Sample = new("sample.capReached");

    [Fact]
    public void ArgumentNames_AreCheckedEveryTimeUntilValid_WhateverWasCheckedBefore()
    {
        // Valid names are remembered by instance; an invalid name is never remembered, so it fails on every call,
        // including after a valid name with the same hash slot or the same letters was accepted.
        for (var i = 0; i < 600; i++)
        {
            _ = ReasonArgument.Text(new string('a', 1 + (i % 40)) + i.ToString(CultureInfo.InvariantCulture), "x");
            var bad = "Bad" + i.ToString(CultureInfo.InvariantCulture);
            Assert.Contains($"Argument name '{bad}' is invalid", Assert.Throws<ArgumentException>(() => ReasonArgument.Money(bad, Money.Euros(1m))).Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => ReasonArgument.Number(bad, 1m));
        }

        Assert.Throws<ArgumentException>(() => ReasonArgument.Text("has space", "x"));
        Assert.Throws<ArgumentException>(() => ReasonArgument.Text(string.Empty, "x"));
        Assert.Throws<ArgumentNullException>(() => ReasonArgument.Text(null!, "x"));
        Assert.Equal("amount", ReasonArgument.Money(new string("amount".ToCharArray()), Money.Euros(1m)).Name);
    }

    [Fact]
    public void EveryCode_HasEnglishAndFrenchTemplates_WithSamePlaceholders()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var french = CultureInfo.GetCultureInfo("fr");
        Assert.NotEmpty(ReasonFormatter.Default.Codes);
        foreach (var code in ReasonFormatter.Default.Codes)
        {
            Assert.True(ReasonFormatter.Default.TryGetTemplate(code, english, out var en), $"{code} has no English template");
            Assert.True(ReasonFormatter.Default.TryGetTemplate(code, french, out var fr), $"{code} has no French template");
            Assert.NotEqual(en, fr);
            Assert.Equal(
                ReasonFormatter.Placeholders(en).Order(StringComparer.Ordinal),
                ReasonFormatter.Placeholders(fr).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Format_BuiltInCode_InBothLanguages()
    {
        var reason = new Reason(new ReasonCode("missingData"), ReasonArgument.Text("field", "headcount"), ReasonArgument.Text("rule", "headcountRange"));
        Assert.Equal("headcount is missing, so headcountRange cannot be decided; it needs review.", ReasonFormatter.Default.Format(reason, British));
        Assert.Equal("headcount est manquant : impossible de trancher headcountRange, le dossier doit être revu.", ReasonFormatter.Default.Format(reason, French));
    }

    [Fact]
    public void Format_ValuesFollowTheCulture()
    {
        var formatter = ReasonFormatter.Default
            .WithTemplate(Sample, CultureInfo.GetCultureInfo("en"), "{amount} at {rate} from {date}, {count} firms, ratio {ratio}, secured {secured}.")
            .WithTemplate(Sample, CultureInfo.GetCultureInfo("fr"), "{amount} à {rate} dès le {date}, {count} entreprises, ratio {ratio}, garanti {secured}.");
        var reason = new Reason(
            Sample,
            ReasonArgument.Money("amount", Money.Euros(150_000m)),
            ReasonArgument.Rate("rate", Rate.FromPercent(3.49m)),
            ReasonArgument.Date("date", new LocalDate(2025, 7, 15)),
            ReasonArgument.WholeNumber("count", 3000),
            ReasonArgument.Number("ratio", 0.5m),
            ReasonArgument.Boolean("secured", false));
        Assert.Equal("150,000.00 EUR at 3.49% from 15/07/2025, 3,000 firms, ratio 0.5, secured no.", formatter.Format(reason, British));
        Assert.Equal("150\u202F000,00 EUR à 3,49\u00A0% dès le 15/07/2025, 3\u202F000 entreprises, ratio 0,5, garanti non.", formatter.Format(reason, French));
    }

    [Fact]
    public void Format_CultureFallback_SpecificToNeutralToEnglish()
    {
        var reason = new Reason(new ReasonCode("notApplicable"), ReasonArgument.Text("condition", "x"));
        Assert.Equal("Sans objet : x.", ReasonFormatter.Default.Format(reason, CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal("Not applicable: x.", ReasonFormatter.Default.Format(reason, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("Not applicable: x.", ReasonFormatter.Default.Format(reason, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WithTemplate_OverridesOneCodeForOneCultureOnly()
    {
        var reason = new Reason(new ReasonCode("notApplicable"), ReasonArgument.Text("condition", "x"));
        var custom = ReasonFormatter.Default.WithTemplate(reason.Code, CultureInfo.GetCultureInfo("fr-BE"), "Pas d'application : {condition}.");
        Assert.Equal("Pas d'application : x.", custom.Format(reason, CultureInfo.GetCultureInfo("fr-BE")));
        Assert.Equal("Sans objet : x.", custom.Format(reason, French));
        Assert.Equal("Sans objet : x.", ReasonFormatter.Default.Format(reason, CultureInfo.GetCultureInfo("fr-BE")));
    }

    [Fact]
    public void Format_UnknownCode_FallsBackToCodeAndArguments()
    {
        var reason = new Reason(new ReasonCode("custom.thing"), ReasonArgument.WholeNumber("n", 1200));
        Assert.Equal("custom.thing(n=1,200)", ReasonFormatter.Default.Format(reason, British));
        Assert.Equal("custom.thing(n=1200)", reason.ToString());
    }

    [Fact]
    public void Templates_EscapesAndErrors()
    {
        Assert.Equal(["a", "b"], ReasonFormatter.Placeholders("{{literal}} {a} {b} {a}"));
        var custom = ReasonFormatter.Default.WithTemplate(Sample, CultureInfo.InvariantCulture, "{{x}} = {x}, {missing}");
        Assert.Equal("{x} = 1, {missing}", custom.Format(new Reason(Sample, ReasonArgument.WholeNumber("x", 1)), British));
        Assert.Throws<ArgumentException>(() => ReasonFormatter.Placeholders("{open"));
        Assert.Throws<ArgumentException>(() => ReasonFormatter.Placeholders("{Bad Name}"));
    }

    [Fact]
    public void ReasonCode_Validation()
    {
        Assert.True(ReasonCode.IsValid("headcountRange"));
        Assert.True(ReasonCode.IsValid("sizing.cap.schemeMaximum2"));
        Assert.False(ReasonCode.IsValid("HeadcountRange"));
        Assert.False(ReasonCode.IsValid("a..b"));
        Assert.False(ReasonCode.IsValid("a."));
        Assert.False(ReasonCode.IsValid("a-b"));
        Assert.False(ReasonCode.IsValid(new string('a', 101)));
        var ex = Assert.Throws<ArgumentException>(() => new ReasonCode("Bad code"));
        Assert.Equal("Reason code 'Bad code' is invalid: it must be camelCase segments separated by dots (a lower-case letter, then letters or digits), 1 to 100 characters, such as 'headcountBetween'. (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Reason_EqualityAndDuplicateNames()
    {
        var a = new Reason(Sample, ReasonArgument.Money("amount", Money.Euros(1m)));
        var b = new Reason(Sample, ReasonArgument.Money("amount", Money.Euros(1.00m)));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Reason(Sample, ReasonArgument.Money("amount", Money.Euros(2m))));
        Assert.Throws<ArgumentException>(() => new Reason(Sample, ReasonArgument.WholeNumber("x", 1), ReasonArgument.WholeNumber("x", 2)));
        Assert.Throws<ArgumentException>(() => new Reason(default));
        Assert.Throws<ArgumentException>(() => ReasonArgument.Text("Bad", "x"));
    }

    [Fact]
    public void Regulations_and_their_articles_read_in_french()
    {
        var reason = new Reason(
            ReasonCodes.StateAid.DeMinimisBasisInForce,
            ReasonArgument.Text("regime", "Regulation (EU) 2023/2831"),
            ReasonArgument.Date("grantDate", new LocalDate(2025, 7, 15)),
            ReasonArgument.Date("appliesFrom", new LocalDate(2024, 1, 1)),
            ReasonArgument.Date("appliesUntil", new LocalDate(2030, 12, 31)),
            ReasonArgument.Text("article", "Art. 3(2) and 5(1) of Regulation (EU) 2023/2831"));
        var french = ReasonFormatter.Default.Format(reason, French);
        Assert.StartsWith("Règlement (UE) 2023/2831 s'applique", french, StringComparison.Ordinal);
        Assert.EndsWith("(art. 3(2) et 5(1) du règlement (UE) 2023/2831).", french, StringComparison.Ordinal);
        Assert.Equal("Règlement (CE) n° 1998/2006", ReasonFormatter.FormatValue(ReasonArgument.Text("regime", "Regulation (EC) No 1998/2006"), French));
        Assert.Equal("Regulation (EU) 2023/2831", ReasonFormatter.FormatValue(ReasonArgument.Text("regime", "Regulation (EU) 2023/2831"), British));

        // Other text keeps its words: only a whole citation is translated.
        Assert.Equal("see Regulation (EU) 2023/2831 and more", ReasonFormatter.FormatValue(ReasonArgument.Text("note", "see Regulation (EU) 2023/2831 and more"), French));
    }
}
