using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NodaTime;

namespace RepayableAdvance;

/// <summary>Renders <see cref="Reason"/>s as text for a culture, from templates keyed by code with named placeholders.</summary>
/// <remarks>
/// <para>Templates are plain text with <c>{name}</c> placeholders (write <c>{{</c> and <c>}}</c> for literal
/// braces). English (<c>en</c>) and French (<c>fr</c>) templates ship for every built-in code; French is the
/// users' first language.</para>
/// <para>Culture fallback: the specific culture (<c>fr-CA</c>), then its parents (<c>fr</c>), then English. A code
/// with no template at all renders as <c>code(name=value, …)</c> rather than failing.</para>
/// <para>Values are formatted for the culture: money with the culture's separators at its currency's scale and
/// the ISO code (<c>150 000,00 EUR</c>), rates as percentages (<c>3,49 %</c>), dates with the short date
/// pattern (<c>15/07/2025</c>).</para>
/// <para>A formatter is immutable; <see cref="WithTemplate"/> returns a new formatter with one code's text
/// overridden for one culture.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class ReasonFormatter
{
    private const string FallbackCulture = "en";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _templatesByCulture;

    private ReasonFormatter(FrozenDictionary<string, FrozenDictionary<string, string>> templatesByCulture) =>
        _templatesByCulture = templatesByCulture;

    /// <summary>Gets the formatter with the built-in English and French templates.</summary>
    /// <value>The default formatter.</value>
    public static ReasonFormatter Default { get; } = new(BuildDefault());

    /// <summary>Gets every code that has a template in some culture.</summary>
    /// <value>The codes, in ordinal order.</value>
    public IReadOnlyList<ReasonCode> Codes =>
        [.. _templatesByCulture.Values.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => new ReasonCode(c))];

    /// <summary>Gets the culture names that have templates, such as <c>en</c> and <c>fr</c>.</summary>
    /// <value>The culture names, in ordinal order.</value>
    public IReadOnlyList<string> Cultures => [.. _templatesByCulture.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Lists the placeholder names of a template, in order of first appearance.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The distinct placeholder names.</returns>
    /// <exception cref="ArgumentException">The template has an unclosed or invalid placeholder.</exception>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        Preconditions.CheckNotNull(template);
        var names = new List<string>();
        Render(template, name =>
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return string.Empty;
        });
        return names;
    }

    /// <summary>Returns a formatter in which one code has another template for one culture.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">The culture, such as <c>fr-FR</c> or the neutral <c>fr</c>.</param>
    /// <param name="template">The template.</param>
    /// <returns>The new formatter.</returns>
    /// <exception cref="ArgumentException">The code is empty or the template is malformed.</exception>
    public ReasonFormatter WithTemplate(ReasonCode code, CultureInfo culture, string template)
    {
        Preconditions.CheckArgument(code.Value.Length > 0, nameof(code), "The reason code is empty.", "Le code de motif est vide.");
        Preconditions.CheckNotNull(culture);
        Preconditions.CheckNotNull(template);
        _ = Placeholders(template);
        var cultureName = culture.Name.Length == 0 ? FallbackCulture : culture.Name;
        var copy = _templatesByCulture.ToDictionary(p => p.Key, p => p.Value.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        if (!copy.TryGetValue(cultureName, out var templates))
        {
            templates = new Dictionary<string, string>(StringComparer.Ordinal);
            copy[cultureName] = templates;
        }

        templates[code.Value] = template;
        return new ReasonFormatter(copy.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Finds the template for a code, following the culture fallback chain.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="template">The template when found.</param>
    /// <returns>Whether a template exists in the culture, one of its parents, or English.</returns>
    public bool TryGetTemplate(ReasonCode code, CultureInfo culture, out string template)
    {
        Preconditions.CheckNotNull(culture);
        for (var c = culture; ; c = c.Parent)
        {
            var name = c.Name.Length == 0 ? FallbackCulture : c.Name;
            if (_templatesByCulture.TryGetValue(name, out var templates) && templates.TryGetValue(code.Value, out var found))
            {
                template = found;
                return true;
            }

            if (c.Name.Length == 0)
            {
                break;
            }
        }

        template = string.Empty;
        return false;
    }

    /// <summary>Renders a reason for a culture.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture that decides both the template and the value formats.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Format(Reason reason, CultureInfo culture)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckNotNull(culture);
        if (!TryGetTemplate(reason.Code, culture, out var template))
        {
            return reason.Code + "(" + string.Join(", ", reason.Arguments.Select(a => a.Name + "=" + FormatValue(a, culture))) + ")";
        }

        return Render(template, name => reason.TryGetArgument(name, out var argument) ? FormatValue(argument, culture) : "{" + name + "}");
    }

    /// <summary>Formats one argument's value for a culture, as templates insert it.</summary>
    /// <param name="argument">The argument.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted value.</returns>
    public static string FormatValue(ReasonArgument argument, CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        return argument.Value switch
        {
            Money money => money.ToString(null, culture),
            Rate rate => FormatPercent(rate, culture),
            LocalDate date => date.ToString("d", culture),
            long integer => integer.ToString("N0", culture),
            decimal number => number.ToString("#,0.##########", culture),
            bool flag => IsFrench(culture) ? (flag ? "oui" : "non") : (flag ? "yes" : "no"),
            string text => Term(text, culture),
            _ => string.Empty,
        };
    }

    /// <summary>
    /// Renders a closed-vocabulary value (an enumeration member such as <c>BankDebt</c> or <c>BusinessTakeover</c>, or
    /// several joined by <c>/</c>) in words of the culture; any other text is returned as it is. The argument itself keeps
    /// the stable machine value.
    /// </summary>
    private static string Term(string text, CultureInfo culture)
    {
        var french = IsFrench(culture);
        if (Vocabulary.TryGetValue(text, out var words))
        {
            return french ? words.French : words.English;
        }

        if (french && Citation().IsMatch(text))
        {
            return FrenchCitation(text);
        }

        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }

        var parts = text.Split('/');
        return parts.All(Vocabulary.ContainsKey)
            ? string.Join(french ? " ou " : " or ", parts.Select(p => french ? Vocabulary[p].French : Vocabulary[p].English))
            : text;
    }

    /// <summary>
    /// An EU regulation or an article of one, in French: "Art. 3(2) and 5(1) of Regulation (EU) 2023/2831" becomes
    /// "art. 3(2) et 5(1) du règlement (UE) 2023/2831", and "Regulation (EU) No 1407/2013" "Règlement (UE) n° 1407/2013".
    /// </summary>
    private static string FrenchCitation(string text)
    {
        var french = text.Replace("Regulation (EU)", "règlement (UE)", StringComparison.Ordinal)
            .Replace("Regulation (EC)", "règlement (CE)", StringComparison.Ordinal)
            .Replace(" No ", " n° ", StringComparison.Ordinal);
        return french.StartsWith("Art. ", StringComparison.Ordinal)
            ? "art. " + french[5..].Replace(" and ", " et ", StringComparison.Ordinal).Replace(" of règlement", " du règlement", StringComparison.Ordinal)
            : "R" + french[1..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Art\. [0-9a-z()]+((, | and )[0-9a-z()]+)* of )?Regulation \((EU|EC)\) (No )?[0-9]+/[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex Citation();

    private static readonly FrozenDictionary<string, (string English, string French)> Vocabulary = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["None"] = ("none", "aucune"),
        ["Rcs"] = ("RCS", "RCS"),
        ["Rm"] = ("RM", "RM"),
        ["RcsAndRm"] = ("RCS and RM", "RCS et RM"),
        ["BusinessTakeover"] = ("the business was taken over", "reprise d'entreprise"),
        ["CourtOrderedAssetTakeover"] = ("its assets were taken over by court order", "reprise d'actifs à la barre du tribunal"),
        ["AdHocMandate"] = ("ad hoc mandate", "mandat ad hoc"),
        ["ConciliationWithNewMoneyPrivilege"] = ("conciliation with the new-money privilege", "conciliation avec privilège de new money"),
        ["ConciliationWithoutPrivilege"] = ("conciliation without privilege", "conciliation sans privilège"),
        ["SafeguardPlan"] = ("safeguard plan", "plan de sauvegarde"),
        ["ContinuationPlan"] = ("continuation plan", "plan de continuation"),
        ["Receivership"] = ("receivership", "redressement judiciaire"),
        ["Liquidation"] = ("liquidation", "liquidation judiciaire"),
        ["BankDebt"] = ("bank debt", "dette bancaire"),
        ["Equity"] = ("equity", "fonds propres"),
        ["QuasiEquity"] = ("quasi-equity", "quasi-fonds propres"),
        ["Crowdfunding"] = ("crowdfunding", "financement participatif"),
        ["Sas"] = ("SAS", "SAS"),
        ["Sarl"] = ("SARL", "SARL"),
        ["Sa"] = ("SA", "SA"),
        ["Snc"] = ("SNC", "SNC"),
        ["SoleProprietorship"] = ("sole proprietorship", "entreprise individuelle"),
        ["Association"] = ("association", "association"),
        ["LiberalProfession"] = ("liberal profession", "profession libérale"),
        ["Sci"] = ("SCI", "SCI"),
        ["Cooperative"] = ("cooperative", "coopérative"),
        ["Strong"] = ("strong", "très bonne"),
        ["Good"] = ("good", "bonne"),
        ["Satisfactory"] = ("satisfactory", "satisfaisante"),
        ["Weak"] = ("weak", "faible"),
        ["Bad"] = ("bad", "mauvaise"),
        ["High"] = ("high", "élevées"),
        ["Normal"] = ("normal", "normales"),
        ["Low"] = ("low", "faibles"),
        ["payrollMonths"] = ("the payroll need", "le besoin en masse salariale"),
        ["max"] = ("the largest of the amounts compared below", "le plus grand des montants comparés ci-dessous"),
        ["min"] = ("the smallest of the amounts compared below", "le plus petit des montants comparés ci-dessous"),
        ["workingCapitalNeed"] = ("the working-capital need", "le besoin en fonds de roulement"),
        ["shareOfLostTurnover"] = ("the share of lost turnover", "la part du chiffre d'affaires perdu"),
        ["shareOfTurnover"] = ("the share of turnover", "la part du chiffre d'affaires"),
        ["expenseBase"] = ("the expense base", "la base de dépenses"),
        ["turnoverBands"] = ("the turnover band", "la tranche de chiffre d'affaires"),
        ["requestedAmount"] = ("the amount requested", "le montant demandé"),
        ["schemeMaximum"] = ("the scheme maximum", "le plafond du dispositif"),
        ["shareOfNeed"] = ("the share of the need", "la part du besoin"),
        ["equityPlusQuasiEquity"] = ("equity and quasi-equity", "les fonds propres et quasi-fonds propres"),
        ["coFinancing"] = ("the co-financing", "le cofinancement"),
        ["fundHeadroom"] = ("the fund's headroom", "la disponibilité du fonds"),
        ["deMinimisHeadroom"] = ("the de minimis headroom", "la marge de minimis"),
        ["tax"] = ("tax", "fiscales"),
        ["Safeguard"] = ("safeguard proceedings", "procédure de sauvegarde"),
        ["Reminder"] = ("reminder", "relance"),
        ["FormalNotice"] = ("formal notice", "mise en demeure"),
        ["PaymentPlan"] = ("payment plan", "plan d'apurement"),
        ["Acceleration"] = ("acceleration", "déchéance du terme"),
        ["ProceedingsOpened"] = ("opening of proceedings", "ouverture de procédure"),
        ["ClaimFiled"] = ("claim", "déclaration de créance"),
        ["ForeclosureRelief"] = ("relief from foreclosure", "relevé de forclusion"),
        ["ProceedingsClosed"] = ("closing of proceedings", "clôture de procédure"),
        ["RecoveryOrder"] = ("recovery order", "titre de recette"),
        ["Settlement"] = ("settlement", "transaction"),
        ["WriteOff"] = ("write-off", "passage en perte"),
        ["Recovery"] = ("recovery", "recouvrement"),
        ["Clawback"] = ("clawback", "remboursement pour engagement rompu"),
        ["social"] = ("social", "sociales"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool IsFrench(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal);

    private static string FormatPercent(Rate rate, CultureInfo culture)
    {
        var number = rate.Percent.ToString("#,0.####", culture);
        var symbol = culture.NumberFormat.PercentSymbol;
        return culture.NumberFormat.PercentPositivePattern switch
        {
            0 => number + "\u00A0" + symbol,
            2 => symbol + number,
            3 => symbol + "\u00A0" + number,
            _ => number + symbol,
        };
    }

    private static string Render(string template, Func<string, string> valueOf)
    {
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    builder.Append('{');
                    i++;
                    continue;
                }

                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    throw Preconditions.Argument(Preconditions.Invariant($"Template '{template}' has an unclosed placeholder at position {i}: close it with '}}'."), Preconditions.Invariant($"Le modèle « {template} » a un emplacement non fermé à la position {i} : fermez-le avec « }} »."), nameof(template));
                }

                var name = template[(i + 1)..close];
                if (!ReasonArgument.IsIdentifier(name))
                {
                    throw Preconditions.Argument(Preconditions.Invariant($"Template '{template}' has an invalid placeholder '{{{name}}}': names are camelCase identifiers."), Preconditions.Invariant($"Le modèle « {template} » a un emplacement invalide « {{{name}}} » : les noms sont des identifiants camelCase."), nameof(template));
                }

                builder.Append(valueOf(name));
                i = close;
            }
            else if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}')
                {
                    i++;
                }

                builder.Append('}');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> BuildDefault()
    {
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        var french = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, en, fr) in BuiltInReasonTemplates.All)
        {
            english.Add(code, en);
            french.Add(code, fr);
        }

        return new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["en"] = english.ToFrozenDictionary(StringComparer.Ordinal),
            ["fr"] = french.ToFrozenDictionary(StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
