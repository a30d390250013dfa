using T = RepayableAdvance.Json.CatalogueValueType;

namespace RepayableAdvance.Json;

/// <content>The amount rules of sizing.</content>
public static partial class SchemeCatalogue
{
    private static IEnumerable<CatalogueEntry> AmountEntries()
    {
        yield return Amount(
            "payrollMonths",
            "The monthly loaded payroll times a number of months: \"enough to pay salaries for two months\".",
            "La masse salariale mensuelle chargée multipliée par un nombre de mois : « de quoi payer deux mois de salaires ».",
            Required("months", T.Number, "The number of months of payroll.", "Le nombre de mois de masse salariale.").In(0.5m, 24, "months"));
        yield return Amount("workingCapitalNeed", "The working-capital need the application states.", "Le besoin en fonds de roulement indiqué par la demande.");
        yield return Amount(
            "shareOfLostTurnover",
            "A share of the turnover lost.",
            "Une part du chiffre d'affaires perdu.",
            Share("The share of the lost turnover.", "La part du chiffre d'affaires perdu."));
        yield return Amount(
            "shareOfTurnover",
            "A share of the latest fiscal year's turnover.",
            "Une part du chiffre d'affaires du dernier exercice.",
            Share("The share of the turnover.", "La part du chiffre d'affaires."));
        yield return Amount(
            "expenseBase",
            "The working-capital need plus the monthly payroll times a number of months; zero below a minimum base.",
            "Le besoin en fonds de roulement plus la masse salariale mensuelle multipliée par un nombre de mois ; zéro sous une base minimale.",
            Required("months", T.WholeNumber, "The months of payroll counted.", "Les mois de masse salariale comptés.").In(1, 24, "months"),
            Required("minimumBase", T.Money, "The smallest base that counts, inclusive; below it the base is zero.", "La plus petite base retenue, incluse ; en dessous, la base est nulle."));
        yield return Amount(
            "turnoverBands",
            "A fixed amount per band of the latest fiscal year's turnover.",
            "Un montant fixe par tranche du chiffre d'affaires du dernier exercice.",
            Required("bands", T.Objects, "The bands, in increasing order of their upper bounds.", "Les tranches, par bornes supérieures croissantes.").With(
                P("upTo", T.Money, "The band's largest turnover, inclusive; only the last band may omit it.", "Le plus grand chiffre d'affaires de la tranche, inclus ; seule la dernière tranche peut l'omettre."),
                Required("amount", T.Money, "The amount the band gives.", "Le montant de la tranche.")));
        yield return Amount("requestedAmount", "The amount the firm requests.", "Le montant demandé par l'entreprise.");
        yield return Amount(
            "schemeMaximum",
            "The scheme's maximum advance.",
            "Le plafond d'avance du dispositif.",
            Required("maximum", T.Money, "The maximum; zero or more.", "Le plafond ; positif ou nul."));
        yield return Amount(
            "floor",
            "A fixed amount, used inside max as a floor.",
            "Un montant fixe, employé dans max comme plancher.",
            Required("floor", T.Money, "The floor; zero or more.", "Le plancher ; positif ou nul."));
        yield return Amount(
            "shareOfNeed",
            "A share of another amount.",
            "Une part d'un autre montant.",
            Share("The share.", "La part."),
            Required("of", T.Amount, "The amount it is a share of.", "Le montant dont c'est une part."));
        yield return Amount(
            "equityPlusQuasiEquity",
            "Equity plus quasi-equity of the latest fiscal year; zero when equity is negative.",
            "Les capitaux propres et quasi-fonds propres du dernier exercice ; zéro si les capitaux propres sont négatifs.");
        yield return Amount(
            "coFinancing",
            "The co-financing rule read backwards: for each alternative, the co-financing committed divided by its divisor; the best alternative wins.",
            "La règle de cofinancement lue à l'envers : pour chaque possibilité, le cofinancement engagé divisé par son diviseur ; la meilleure l'emporte.",
            Required("alternatives", T.Objects, "The alternatives.", "Les possibilités.").With(
                Kinds(),
                Required("divisor", T.Number, "What the co-financing is divided by: 2 for \"bank debt at least twice the advance\".", "Le diviseur du cofinancement : 2 pour « dette bancaire d'au moins deux fois l'avance ».").Above(0)));
        yield return Amount("fundHeadroom", "What the fund can still commit, passed in when the application is sized.", "Ce que le fonds peut encore engager, fourni au dimensionnement.");
        yield return Amount(
            "deMinimisHeadroom",
            "The largest advance whose aid fits the firm's remaining de minimis ceiling, passed in when the application is sized.",
            "La plus grande avance dont l'aide tient dans le plafond de minimis restant de l'entreprise, fournie au dimensionnement.");
        yield return Amount("min", "The smallest of several amounts.", "Le plus petit de plusieurs montants.", Parts("The amounts compared.", "Les montants comparés."));
        yield return Amount("max", "The largest of several amounts.", "Le plus grand de plusieurs montants.", Parts("The amounts compared.", "Les montants comparés."));
        yield return Amount(
            "roundedDown",
            "An amount rounded down to a multiple of a step.",
            "Un montant arrondi à l'inférieur à un multiple d'un pas.",
            Required("step", T.Money, "The step; positive.", "Le pas ; strictement positif."),
            Required("of", T.Amount, "The amount rounded.", "Le montant arrondi."));
        yield return Amount(
            "when",
            "One amount when an eligibility condition holds, another when it does not.",
            "Un montant si une condition d'éligibilité est remplie, un autre sinon.",
            Required("condition", T.Rule, "The condition.", "La condition."),
            Required("then", T.Amount, "The amount when the condition holds.", "Le montant si la condition est remplie."),
            Required("otherwise", T.Amount, "The amount when it does not.", "Le montant sinon."));
    }

    private static CatalogueParameter Share(string meaning, string french) => Required("share", T.Rate, meaning, french).In(0, 1);

    private static CatalogueParameter Parts(string meaning, string french) => Required("rules", T.Amounts, meaning, french);
}
