namespace RepayableAdvance;

/// <summary>
/// The English and French templates of every built-in reason code. Each capability adds its codes here, so that
/// one table (and one parity test) covers the whole library; <c>docs/reason-codes.md</c> lists them.
/// </summary>
internal static partial class BuiltInReasonTemplates
{
    internal static IEnumerable<(string Code, string English, string French)> All =>
        Common.Concat(Eligibility).Concat(Sizing).Concat(StateAid).Concat(Funds).Concat(Schemes);

    /// <summary>Codes shared by every capability.</summary>
    private static readonly (string Code, string English, string French)[] Common =
    [
        ("missingData", "{field} is missing, so {rule} cannot be decided; it needs review.", "{field} est manquant : impossible de trancher {rule}, le dossier doit être revu."),
        ("notApplicable", "Not applicable: {condition}.", "Sans objet : {condition}."),
    ];

    /// <summary>Eligibility decisions, combinators and the rule catalogue.</summary>
    private static readonly (string Code, string English, string French)[] Eligibility =
    [
        ("eligibility.eligible", "Eligible under {policy}, eligibility rules of {version}.", "Éligible au titre de {policy}, règles d'éligibilité de {version}."),
        ("eligibility.ineligible", "Not eligible under {policy}, eligibility rules of {version}.", "Non éligible au titre de {policy}, règles d'éligibilité de {version}."),
        ("eligibility.needsReview", "Needs review under {policy}, eligibility rules of {version}: data is missing.", "À instruire au titre de {policy}, règles d'éligibilité de {version} : des données manquent."),
        ("all.met", "All {count} criteria are met.", "Les {count} critères sont remplis."),
        ("all.notMet", "{failed} of {count} criteria are not met.", "{failed} critère(s) sur {count} ne sont pas remplis."),
        ("all.cannotTell", "{unknown} of {count} criteria cannot be decided yet.", "{unknown} critère(s) sur {count} ne peuvent pas encore être tranchés."),
        ("any.met", "At least one of {count} alternatives is met.", "Au moins une des {count} possibilités est remplie."),
        ("any.notMet", "None of the {count} alternatives is met.", "Aucune des {count} possibilités n'est remplie."),
        ("any.cannotTell", "No alternative is met yet; {unknown} cannot be decided.", "Aucune possibilité n'est encore remplie ; {unknown} ne peuvent être tranchées."),
        ("not.met", "The excluded situation ({rule}) does not apply.", "La situation exclue ({rule}) ne s'applique pas."),
        ("not.notMet", "The excluded situation ({rule}) applies.", "La situation exclue ({rule}) s'applique."),
        ("not.cannotTell", "Whether {rule} applies cannot be decided.", "Impossible de dire si {rule} s'applique."),
        ("when.met", "Since {condition} holds, {rule} is required and met.", "Puisque {condition} est rempli, {rule} est exigé et rempli."),
        ("when.notMet", "Since {condition} holds, {rule} is required but not met.", "Puisque {condition} est rempli, {rule} est exigé mais non rempli."),
        ("when.cannotTell", "Whether {condition} applies, or its requirement, cannot be decided.", "Impossible de trancher {condition} ou l'exigence qui en dépend."),
        ("headcountBetween.met", "Headcount {observed} is within {range}.", "L'effectif de {observed} est dans la plage {range}."),
        ("headcountBetween.notMet", "Headcount {observed} is outside {range}.", "L'effectif de {observed} est hors de la plage {range}."),
        ("locatedIn.met", "Located in {region} ({observed}).", "Implantée en {region} ({observed})."),
        ("locatedIn.notMet", "Not located in {region} ({observed}).", "Non implantée en {region} ({observed})."),
        ("registered.met", "Registered ({observed}).", "Immatriculée ({observed})."),
        ("registered.notMet", "Not registered at the RCS or RM ({observed}).", "Non immatriculée au RCS ni au RM ({observed})."),
        ("minimumAge.met", "Age {observed} years; at least {required} required.", "Ancienneté de {observed} ans ; {required} au minimum."),
        ("minimumAge.notMet", "Created on {created}: {observed} years old, {required} required.", "Créée le {created} : {observed} ans d'ancienneté, {required} exigés."),
        ("minimumAge.notMetFiscalYears", "{observed} closed fiscal years; {required} required.", "{observed} exercice(s) clos ; {required} exigés."),
        ("minimumAge.takeover", "Age requirement waived: {takeover}.", "Condition d'ancienneté levée : {takeover}."),
        ("atMostLossYears.met", "{observed} loss-making year(s) in the last {years}; at most {maximum} allowed.", "{observed} exercice(s) déficitaire(s) sur les {years} derniers ; {maximum} au plus."),
        ("atMostLossYears.notMet", "{observed} loss-making years in the last {years}; at most {maximum} allowed.", "{observed} exercices déficitaires sur les {years} derniers ; {maximum} au plus."),
        ("positiveEquity.met", "Equity is positive: {observed}.", "Capitaux propres positifs : {observed}."),
        ("positiveEquity.notMet", "Equity is not positive: {observed}.", "Capitaux propres non positifs : {observed}."),
        ("notUndertakingInDifficulty.met", "Not in difficulty in the EU sense (GBER Art. 2(18)): equity of {equity} is at least half the subscribed capital of {capital}, and no other limb applies.", "Pas en difficulté au sens de l'UE (RGEC art. 2, point 18) : capitaux propres de {equity}, au moins la moitié du capital souscrit de {capital}, et aucun autre critère ne s'applique."),
        ("notUndertakingInDifficulty.notMet", "In difficulty in the EU sense (GBER Art. 2(18)(a)): losses have eaten more than half the subscribed capital (equity {equity}, capital {capital}).", "En difficulté au sens de l'UE (RGEC art. 2, point 18 a)) : les pertes ont absorbé plus de la moitié du capital souscrit (capitaux propres {equity}, capital {capital})."),
        ("notUndertakingInDifficulty.unlimitedCapital", "In difficulty in the EU sense (GBER Art. 2(18)(b)): in a company whose members are liable without limit, losses have eaten more than half the capital in its accounts (equity {equity}, capital {capital}).", "En difficulté au sens de l'UE (RGEC art. 2, point 18 b)) : dans une société dont les associés répondent indéfiniment des dettes, les pertes ont absorbé plus de la moitié du capital inscrit dans ses comptes (capitaux propres {equity}, capital {capital})."),
        ("notUndertakingInDifficulty.notLimited", "The capital tests do not apply to this legal form ({form}), and no other limb of GBER Art. 2(18) applies.", "Les critères du capital ne s'appliquent pas à cette forme juridique ({form}), et aucun autre critère du RGEC art. 2, point 18 ne s'applique."),
        ("notUndertakingInDifficulty.young", "An SME created on {created}, less than three years ago: exempt from the capital tests, and no other limb of GBER Art. 2(18) applies.", "PME créée le {created}, il y a moins de trois ans : dispensée des critères du capital, et aucun autre critère du RGEC art. 2, point 18 ne s'applique."),
        ("notUndertakingInDifficulty.collectiveProceedings", "In difficulty in the EU sense (GBER Art. 2(18)(c)): subject to collective insolvency proceedings ({procedure}).", "En difficulté au sens de l'UE (RGEC art. 2, point 18 c)) : procédure collective en cours ({procedure})."),
        ("notUndertakingInDifficulty.insolvencyCriteria", "In difficulty in the EU sense (GBER Art. 2(18)(c)): it fulfils the criteria of national law for collective insolvency proceedings at its creditors' request.", "En difficulté au sens de l'UE (RGEC art. 2, point 18 c)) : elle remplit les conditions du droit national pour l'ouverture d'une procédure collective à la demande de ses créanciers."),
        ("notUndertakingInDifficulty.rescueAid", "In difficulty in the EU sense (GBER Art. 2(18)(d)): it received rescue aid and has not yet repaid the loan or ended the guarantee.", "En difficulté au sens de l'UE (RGEC art. 2, point 18 d)) : elle a reçu une aide au sauvetage et n'a pas encore remboursé le prêt ou mis fin à la garantie."),
        ("notUndertakingInDifficulty.restructuringPlan", "In difficulty in the EU sense (GBER Art. 2(18)(d)): it received restructuring aid and is still under the restructuring plan.", "En difficulté au sens de l'UE (RGEC art. 2, point 18 d)) : elle a reçu une aide à la restructuration et reste soumise au plan de restructuration."),
        ("notUndertakingInDifficulty.leverage", "In difficulty in the EU sense (GBER Art. 2(18)(e)): not an SME, with a debt-to-equity ratio above 7.5 and an EBITDA interest cover below 1.0 in each of the last two years (year closing {year}: debt {debt}, equity {equity}, EBITDA {ebitda}, interest {interest}).", "En difficulté au sens de l'UE (RGEC art. 2, point 18 e)) : grande entreprise dont le ratio dettes sur capitaux propres dépasse 7,5 et la couverture des intérêts par l'EBE est inférieure à 1,0 sur chacun des deux derniers exercices (exercice clos le {year} : dettes {debt}, capitaux propres {equity}, EBE {ebitda}, intérêts {interest})."),
        ("sme.micro", "Within the micro-enterprise ceilings of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included, and turnover or balance sheet total at most EUR 2 million.", "Dans les seuils de la microentreprise de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises, et chiffre d'affaires ou total du bilan d'au plus 2 millions d'euros."),
        ("sme.small", "Within the small-enterprise ceilings of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included, and turnover or balance sheet total at most EUR 10 million.", "Dans les seuils de la petite entreprise de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises, et chiffre d'affaires ou total du bilan d'au plus 10 millions d'euros."),
        ("sme.met", "An SME in the sense of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included, and turnover at most EUR 50 million or balance sheet total at most EUR 43 million.", "PME au sens de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises, et chiffre d'affaires d'au plus 50 millions d'euros ou total du bilan d'au plus 43 millions d'euros."),
        ("sme.notMicro", "Not a micro-enterprise in the sense of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included; the ceilings (fewer than 10, and EUR 2 million of turnover or balance sheet) are exceeded as Article 4(2) counts them.", "Pas une microentreprise au sens de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises ; les seuils (moins de 10, et 2 millions d'euros de chiffre d'affaires ou de bilan) sont dépassés au sens de l'article 4, paragraphe 2."),
        ("sme.notSmall", "Not a small enterprise in the sense of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included; the ceilings (fewer than 50, and EUR 10 million of turnover or balance sheet) are exceeded as Article 4(2) counts them.", "Pas une petite entreprise au sens de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises ; les seuils (moins de 50, et 10 millions d'euros de chiffre d'affaires ou de bilan) sont dépassés au sens de l'article 4, paragraphe 2."),
        ("sme.notMet", "Not an SME in the sense of Recommendation 2003/361/EC: {units} annual work units in the period closing {period}, partner and linked enterprises included; the ceilings (fewer than 250, and EUR 50 million of turnover or EUR 43 million of balance sheet) are exceeded as Article 4(2) counts them.", "Pas une PME au sens de la recommandation 2003/361/CE : {units} unités de travail annuel sur l'exercice clos le {period}, entreprises partenaires et liées comprises ; les seuils (moins de 250, et 50 millions d'euros de chiffre d'affaires ou 43 millions d'euros de bilan) sont dépassés au sens de l'article 4, paragraphe 2."),
        ("sme.publicBody", "Not an SME: public bodies hold {share} % of the capital or voting rights, 25 % or more (Recommendation 2003/361/EC, Annex, Article 3(4)).", "Pas une PME : des collectivités ou organismes publics détiennent {share} % du capital ou des droits de vote, soit 25 % ou plus (recommandation 2003/361/CE, annexe, article 3, paragraphe 4)."),
        ("sme.notEuro", "The SME ceilings are in euros and the accounts are in {currency}: convert them at the closing dates to decide.", "Les seuils de la PME sont en euros et les comptes en {currency} : convertissez-les aux dates de clôture pour trancher."),
        ("taxAndSocialCompliance.met", "Up to date with tax and social obligations.", "À jour de ses obligations fiscales et sociales."),
        ("taxAndSocialCompliance.metUnderPlan", "Up to date with tax and social obligations: the {obligation} debts are under an agreed payment plan, which counts as compliant.", "À jour de ses obligations fiscales et sociales : les dettes {obligation} font l'objet d'un plan d'apurement accordé, ce qui vaut régularité."),
        ("taxAndSocialCompliance.notMet", "Not up to date with {obligation} obligations.", "Pas à jour de ses obligations {obligation}."),
        ("procedureIn.met", "Procedure status accepted: {observed}.", "Situation au regard des procédures acceptée : {observed}."),
        ("procedureIn.notMet", "Procedure status not accepted: {observed}.", "Situation au regard des procédures non acceptée : {observed}."),
        ("procedureIn.noFinancingGap", "Under a plan ({observed}) the advance is only for firms that cannot finance their development.", "Sous plan ({observed}), l'avance est réservée aux entreprises qui ne peuvent financer leur développement."),
        ("excludedActivities.met", "Activity {observed} is eligible.", "L'activité {observed} est éligible."),
        ("excludedActivities.notMet", "Activity {observed} is excluded ({prefix}).", "L'activité {observed} est exclue ({prefix})."),
        ("excludedActivities.notMetBelowTurnover", "Activity {observed} is excluded ({prefix}) with a turnover of {turnover}, below {threshold}.", "L'activité {observed} est exclue ({prefix}) avec un chiffre d'affaires de {turnover}, inférieur à {threshold}."),
        ("excludedLegalForms.met", "Legal form {observed} is eligible.", "La forme juridique {observed} est éligible."),
        ("excludedLegalForms.notMet", "Legal form {observed} is excluded.", "La forme juridique {observed} est exclue."),
        ("ratingAtBest.met", "Banque de France rating {observed} is no worse than {worst}.", "La cotation Banque de France {observed} n'est pas inférieure à {worst}."),
        ("ratingAtBest.notMet", "Banque de France rating {observed} is worse than {worst}.", "La cotation Banque de France {observed} est inférieure à {worst}."),
        ("conjuncturalDifficulty.met", "The difficulty is conjunctural: {cause}.", "La difficulté est conjoncturelle : {cause}."),
        ("conjuncturalDifficulty.notMet", "The difficulty is structural: {cause}.", "La difficulté est structurelle : {cause}."),
        ("orderBookAtLeast.met", "Order book of {observed} months; at least {required} required.", "Carnet de commandes de {observed} mois ; {required} au minimum."),
        ("orderBookAtLeast.notMet", "Order book of {observed} months; {required} required.", "Carnet de commandes de {observed} mois ; {required} exigés."),
        ("recoveryPlan.met", "A recovery plan exists.", "Un plan de redressement existe."),
        ("recoveryPlan.notMet", "No recovery plan.", "Aucun plan de redressement."),
        ("coFinancing.met", "Co-financing of {observed} ({kinds}) covers the {required} required.", "Le cofinancement de {observed} ({kinds}) couvre les {required} exigés."),
        ("coFinancing.notMet", "Co-financing falls short by {shortfall} under the best of {alternatives} alternative(s).", "Il manque {shortfall} de cofinancement selon la meilleure des {alternatives} possibilité(s)."),
        ("requestedAmountBetween.met", "Requested {observed} is between {minimum} and {maximum}.", "La demande de {observed} est comprise entre {minimum} et {maximum}."),
        ("requestedAmountBetween.notMet", "Requested {observed} is outside {minimum}–{maximum}.", "La demande de {observed} est hors de la fourchette {minimum} – {maximum}."),
    ];

    /// <summary>Sizing: need bases, caps, combinators and decision steps.</summary>
    private static readonly (string Code, string English, string French)[] Sizing =
    [
        ("sizing.payrollMonths", "Need: {months} months of loaded payroll at {monthly} = {amount}.", "Besoin : {months} mois de masse salariale chargée à {monthly} = {amount}."),
        ("sizing.workingCapitalNeed", "Working-capital need: {amount}.", "Besoin en fonds de roulement : {amount}."),
        ("sizing.shareOfLostTurnover", "{share} of the turnover lost ({lost}) = {amount}.", "{share} du chiffre d'affaires perdu ({lost}) = {amount}."),
        ("sizing.expenseBase", "Expense base (payroll and working capital, minimum {minimumBase}): {amount}.", "Assiette de dépenses (masse salariale et BFR, minimum {minimumBase}) : {amount}."),
        ("sizing.turnoverBands", "Turnover band for {turnover}: {amount}.", "Tranche de chiffre d'affaires pour {turnover} : {amount}."),
        ("sizing.requestedAmount", "Amount requested: {amount}.", "Montant demandé : {amount}."),
        ("sizing.schemeMaximum", "Scheme maximum: {amount}.", "Plafond du dispositif : {amount}."),
        ("sizing.shareOfNeed", "{share} of {base} = {amount}.", "{share} de {base} = {amount}."),
        ("sizing.equityPlusQuasiEquity", "Equity {equity} + quasi-equity {quasiEquity} = {amount}.", "Capitaux propres {equity} + quasi-fonds propres {quasiEquity} = {amount}."),
        ("sizing.shareOfTurnover", "{share} of the turnover of {turnover} = {amount}.", "{share} du chiffre d'affaires de {turnover} = {amount}."),
        ("sizing.coFinancing", "Co-financing read backwards (÷ {divisor}): {amount}.", "Cofinancement rapporté (÷ {divisor}) : {amount}."),
        ("sizing.fundHeadroom", "Fund headroom: {amount}.", "Disponible du fonds : {amount}."),
        ("sizing.deMinimisHeadroom", "De minimis headroom as an advance: {amount}.", "Marge de minimis exprimée en avance : {amount}."),
        ("sizing.min", "Smallest of the amounts: {amount}.", "Le plus petit des montants : {amount}."),
        ("sizing.max", "Largest of the amounts: {amount}.", "Le plus grand des montants : {amount}."),
        ("sizing.floor", "Floor: {amount}.", "Plancher : {amount}."),
        ("sizing.roundedDown", "Rounded down to a multiple of {step}: {amount}.", "Arrondi à un multiple inférieur de {step} : {amount}."),
        ("sizing.when", "{amount} (condition {condition}: {holds}).", "{amount} (condition {condition} : {holds})."),
        ("sizing.notApplicable", "Not checked, so no limit applied: {rule}.", "Non vérifié, donc aucune limite appliquée : {rule}."),
        ("sizing.binding", "The binding constraint is {constraint}: {amount}.", "La contrainte déterminante est {constraint} : {amount}."),
        ("sizing.compared", "Compared: {constraint}, {amount}.", "Comparé : {constraint}, {amount}."),
        ("sizing.rounded", "Rounded down to {amount} (step {step}).", "Arrondi à {amount} (pas de {step})."),
        ("sizing.belowMinimum", "{amount} is below the scheme minimum of {minimum}: not fundable.", "{amount} est inférieur au minimum du dispositif de {minimum} : non finançable."),
        ("sizing.raisedToMinimum", "{amount} is raised to the scheme minimum of {minimum}, as the policy allows.", "{amount} est porté au minimum du dispositif de {minimum}, comme la politique le permet."),
        ("sizing.cannotSize", "Cannot size: {fields} missing.", "Dimensionnement impossible : {fields} manquant(s)."),
    ];

    /// <summary>State aid: gross grant equivalent and de minimis checks.</summary>
    private static readonly (string Code, string English, string French)[] StateAid =
    [
        ("stateAid.gge", "Gross grant equivalent {gge} on {principal} (method {method}): base rate {baseRate} + margin {margin} ({category} rating, {collateral} collateral) = reference rate {referenceRate}, discounted at {discountRate} to {grantDate}.", "Équivalent-subvention brut de {gge} sur {principal} (méthode {method}) : taux de base {baseRate} + marge {margin} (notation {category}, sûretés {collateral}) = taux de référence {referenceRate}, actualisé à {discountRate} au {grantDate}."),
        ("stateAid.noAid", "No aid: the contractual rate is at or above the reference rate {referenceRate} (base rate {baseRate} + margin {margin}) in every period.", "Pas d'aide : le taux contractuel atteint au moins le taux de référence {referenceRate} (taux de base {baseRate} + marge {margin}) sur chaque période."),
        ("deMinimis.fits", "De minimis: {proposed} fits under {regime}; the tightest ceiling is {ceiling} ({article}), with {used} already counted from {windowStart} to {windowEnd}, headroom before this aid {headroom}.", "De minimis : {proposed} tient sous {regime} ; le plafond le plus proche est de {ceiling} ({article}), avec {used} déjà comptés du {windowStart} au {windowEnd}, marge avant cette aide {headroom}."),
        ("deMinimis.exceeds", "De minimis: {proposed} does not fit under {regime}: the ceiling of {ceiling} ({article}) already counts {used} from {windowStart} to {windowEnd}, headroom before this aid {headroom}. The aid is refused whole.", "De minimis : {proposed} ne tient pas sous {regime} : le plafond de {ceiling} ({article}) compte déjà {used} du {windowStart} au {windowEnd}, marge avant cette aide {headroom}. L'aide est refusée en totalité."),
        ("deMinimis.basis.inForce", "{regime} applies to the grant date {grantDate}: in force from {appliesFrom} to {appliesUntil} ({article}).", "{regime} s'applique à la date d'octroi du {grantDate} : en vigueur du {appliesFrom} au {appliesUntil} ({article})."),
        ("deMinimis.basis.schemeCover", "{regime} expired on {appliesUntil}, but still covers the grant date {grantDate} as aid under a scheme that fulfils it, for six more months ({article}).", "{regime} a expiré le {appliesUntil}, mais couvre encore la date d'octroi du {grantDate} pour une aide accordée au titre d'un régime qui le respecte, pendant six mois ({article})."),
        ("deMinimis.basis.notYetApplicable", "{regime} does not apply to the grant date {grantDate}: it applies from {appliesFrom} ({article}). Grant the aid under the regulation in force on that date.", "{regime} ne s'applique pas à la date d'octroi du {grantDate} : il s'applique à partir du {appliesFrom} ({article}). Accordez l'aide au titre du règlement en vigueur à cette date."),
        ("deMinimis.basis.expired", "{regime} does not apply to the grant date {grantDate}: it applied until {appliesUntil} ({article}), and only aid under a scheme is covered for six more months. Grant the aid under the regulation in force on that date.", "{regime} ne s'applique pas à la date d'octroi du {grantDate} : il s'appliquait jusqu'au {appliesUntil} ({article}), et seules les aides accordées au titre d'un régime restent couvertes six mois de plus. Accordez l'aide au titre du règlement en vigueur à cette date."),
        ("deMinimis.roadFreight", "{regime}: the applicant performs road freight transport for hire or reward, so its de minimis aid is capped at {ceiling} ({article}), and the advance may not be used to buy road freight transport vehicles.", "{regime} : le demandeur effectue du transport de marchandises par route pour compte d'autrui, ses aides de minimis sont donc plafonnées à {ceiling} ({article}), et l'avance ne peut servir à acquérir des véhicules de transport de marchandises par route."),
        ("deMinimis.roadFreightSeparated", "{regime}: the applicant also performs road freight transport, and the advance goes to another activity kept apart by separate accounts or a distinction of costs, so the general ceiling applies; the road freight activity may not benefit from more than {ceiling} ({article}), nor the advance buy road freight transport vehicles.", "{regime} : le demandeur effectue aussi du transport de marchandises par route, et l'avance va à une autre activité séparée par une comptabilité distincte ou une distinction des coûts, le plafond général s'applique donc ; l'activité de transport ne peut en bénéficier au-delà de {ceiling} ({article}), ni l'avance servir à acquérir des véhicules de transport de marchandises par route."),
        ("stateAid.refused.unspecified", "A State-aid rule refuses the advance: {detail}", "Une règle d'aide d'État s'oppose à l'avance : {detail}"),
        ("stateAid.refused.baseRateMissing", "No base rate for {country} on {date}: load the Commission's table for that date.", "Aucun taux de base pour {country} au {date} : chargez la table de la Commission pour cette date."),
        ("stateAid.refused.allOrNothing", "Grant {grant} of {gge} to {beneficiary} would bring the aid under {regime} to {totalAfter}, above the ceiling of {ceiling} ({article}; headroom {headroom}): de minimis aid above a ceiling is refused whole, never clipped.", "L'aide {grant} de {gge} à {beneficiary} porterait les aides au titre de {regime} à {totalAfter}, au-delà du plafond de {ceiling} ({article} ; marge {headroom}) : une aide de minimis qui dépasse le plafond est refusée en totalité, jamais écrêtée."),
        ("stateAid.refused.regulationNotApplicable", "{regime} does not cover the grant date {grantDate} ({article}): grant the aid under the regulation in force on that date.", "{regime} ne couvre pas la date d'octroi du {grantDate} ({article}) : accordez l'aide au titre du règlement en vigueur à cette date."),
        ("stateAid.refused.unknownRating", "Rating {rating} is not in the rating mapping {mapping}.", "La notation {rating} ne figure pas dans la table de correspondance {mapping}."),
        ("stateAid.refused.grantAfterDisbursement", "The grant date {grantDate} is after the first disbursement on {disbursement}: aid is granted when the legal right is conferred, which cannot follow the payment.", "La date d'octroi {grantDate} est postérieure au premier versement du {disbursement} : l'aide est octroyée quand le droit de la recevoir est conféré, ce qui ne peut suivre le paiement."),
        ("stateAid.refused.discountRateOutOfRange", "Discounting at {rate} over the schedule is outside what the gross grant equivalent holds: check the base rate {baseRate} of the table.", "L'actualisation à {rate} sur la durée de l'échéancier sort des bornes du calcul de l'équivalent-subvention brut : vérifiez le taux de base {baseRate} de la table."),
        ("stateAid.refused.safeHarbourRegime", "{regime} has no safe harbour for loans: compute the gross grant equivalent with the reference rate.", "{regime} ne prévoit pas de montant forfaitaire pour les prêts : calculez l'équivalent-subvention brut avec le taux de référence."),
        ("stateAid.refused.safeHarbourCollateral", "Collateral covers {coverage} of the loan; the safe harbour for loans needs at least {minimum}.", "Les sûretés couvrent {coverage} du prêt ; le montant forfaitaire pour les prêts exige au moins {minimum}."),
        ("stateAid.refused.safeHarbourTerm", "The term of {termMonths} months exceeds the 120 months (10 years) the safe harbour for loans covers.", "La durée de {termMonths} mois dépasse les 120 mois (10 ans) couverts par le montant forfaitaire pour les prêts."),
        ("stateAid.refused.safeHarbourAmount", "A loan of {principal} over {termMonths} months exceeds the safe harbour of {regime}: at most {maximum} over {years} years.", "Un prêt de {principal} sur {termMonths} mois dépasse le montant forfaitaire de {regime} : au plus {maximum} sur {years} ans."),
        ("stateAid.refused.loanTransparencyUnknown", "Cannot tell whether a loan to the borrower is transparent de minimis aid: {fields} missing (the borrower must be out of collective insolvency proceedings, not meet the criteria to be placed in them, and, if large, be rated at least B-).", "Impossible de dire si un prêt à l'emprunteur est une aide de minimis transparente : {fields} manquant(s) (l'emprunteur ne doit pas faire l'objet d'une procédure collective d'insolvabilité, ni remplir les conditions pour y être soumis, et, s'il est une grande entreprise, doit avoir une notation d'au moins B-)."),
        ("stateAid.refused.loanTransparency", "The borrower is subject to collective insolvency proceedings ({procedure}): a loan to it is not transparent de minimis aid.", "L'emprunteur fait l'objet d'une procédure collective d'insolvabilité ({procedure}) : un prêt à son profit n'est pas une aide de minimis transparente."),
        ("stateAid.refused.loanTransparencyInsolvencyCriteria", "The borrower fulfils the criteria of national law for being placed in collective insolvency proceedings at its creditors' request: a loan to it is not transparent de minimis aid.", "L'emprunteur remplit les conditions du droit national pour être soumis à une procédure collective d'insolvabilité à la demande de ses créanciers : un prêt à son profit n'est pas une aide de minimis transparente."),
        ("stateAid.refused.loanTransparencyRating", "The borrower is a large undertaking rated {rating} ({category}), below B-: a loan to it is not transparent de minimis aid.", "L'emprunteur est une grande entreprise notée {rating} ({category}), en dessous de B- : un prêt à son profit n'est pas une aide de minimis transparente."),
    ];

    /// <summary>Funds: committee allocation.</summary>
    private static readonly (string Code, string English, string French)[] Funds =
    [
        ("allocation.funded", "Funded in full: {granted} of {requested} ({order}).", "Financé en totalité : {granted} sur {requested} ({order})."),
        ("allocation.partial", "Funded in part: {granted} of {requested}; limited by {limit} ({order}).", "Financé en partie : {granted} sur {requested} ; limité par {limit} ({order})."),
        ("allocation.notFunded", "Not funded: {requested} requested; limited by {limit} ({order}).", "Non financé : {requested} demandés ; limité par {limit} ({order})."),
    ];

    /// <summary>Schemes: the committee proposal's decision line.</summary>
    private static readonly (string Code, string English, string French)[] Schemes =
    [
        ("proposal.proposed", "Proposed to the committee under {scheme} ({version}): an advance of {amount}.", "Proposé au comité au titre de {scheme} ({version}) : une avance de {amount}."),
        ("proposal.ineligible", "Not proposed under {scheme} ({version}): the application is not eligible.", "Non proposé au titre de {scheme} ({version}) : la demande n'est pas éligible."),
        ("proposal.needsReview", "Not proposed yet under {scheme} ({version}): eligibility needs review (data is missing).", "Pas encore proposé au titre de {scheme} ({version}) : l'éligibilité doit être instruite (données manquantes)."),
        ("proposal.notFundable", "Not proposed under {scheme} ({version}): the amount that can be granted is below the scheme minimum.", "Non proposé au titre de {scheme} ({version}) : le montant possible est inférieur au minimum du dispositif."),
        ("proposal.cannotSize", "Not proposed yet under {scheme} ({version}): the amount cannot be sized (data is missing).", "Pas encore proposé au titre de {scheme} ({version}) : le montant ne peut être calculé (données manquantes)."),
        ("proposal.stateAidRefused", "Not proposed under {scheme} ({version}): State-aid rule {rule} refuses the advance.", "Non proposé au titre de {scheme} ({version}) : la règle d'aide d'État {rule} s'y oppose."),
        ("proposal.exceedsDeMinimis", "Not proposed under {scheme} ({version}): the aid of an advance of {amount} would exceed the de minimis ceiling.", "Non proposé au titre de {scheme} ({version}) : l'aide d'une avance de {amount} dépasserait le plafond de minimis."),
        ("proposal.fundInsufficient", "Not proposed under {scheme} ({version}): the fund cannot commit {amount}.", "Non proposé au titre de {scheme} ({version}) : le fonds ne peut pas engager {amount}."),
        ("proposal.basis.version", "Version {version} applies to applications dated from {from} to {to}; the application is dated {applicationDate}.", "La version {version} s'applique aux demandes datées du {from} au {to} ; la demande est datée du {applicationDate}."),
        ("proposal.basis.versionOpen", "Version {version} applies to applications dated from {from} onwards; the application is dated {applicationDate}.", "La version {version} s'applique aux demandes datées à partir du {from} ; la demande est datée du {applicationDate}."),
        ("proposal.caveat.grantDateAssumed", "Assumed: the scheme fixes the grant date at the signed agreement, which was not given, so the grant date is taken as {grantDate}, the decision date; the regulation and its windows follow that date.", "Hypothèse : le dispositif fixe la date d'octroi à la signature de la convention, qui n'a pas été fournie ; la date d'octroi retenue est donc le {grantDate}, date de la décision ; le règlement et ses périodes en dépendent."),
        ("proposal.caveat.roadFreightAssumed", "Assumed: the application does not say whether the applicant performs road freight transport for hire or reward, which {regime} caps lower; read from its activity code as {activity}.", "Hypothèse : la demande ne dit pas si le demandeur effectue du transport de marchandises par route pour compte d'autrui, que le {regime} plafonne plus bas ; déduit de son code d'activité : {activity}."),
        ("proposal.caveat.fundNotChecked", "Not checked: no ledger of {fund} was given, so whether the fund can commit the advance was not checked.", "Non vérifié : aucun grand livre de {fund} n'a été fourni, la capacité du fonds à engager l'avance n'a donc pas été vérifiée."),
        ("proposal.caveat.priorAidNotChecked", "Not checked: no de minimis register was given, so prior aid to {beneficiary} under {regime} was not checked; the ceiling is checked against this advance alone.", "Non vérifié : aucun registre de minimis n'a été fourni, les aides antérieures à {beneficiary} au titre du {regime} n'ont donc pas été vérifiées ; le plafond est vérifié pour cette seule avance."),
        ("proposal.caveat.noBaseRates", "Not computed: no base-rate table was given, so the gross grant equivalent of a grant on {grantDate} and the de minimis check were not computed.", "Non calculé : aucune table de taux de base n'a été fournie, l'équivalent-subvention brut d'un octroi le {grantDate} et le contrôle de minimis n'ont donc pas été calculés."),
        ("proposal.caveat.baseRatesNotCovering", "Not computed: the base-rate table does not cover {country} on {grantDate} (it is valid through {validThrough}), so the gross grant equivalent and the de minimis check were not computed; load the Commission's table for that date.", "Non calculé : la table de taux de base ne couvre pas {country} au {grantDate} (elle vaut jusqu'au {validThrough}), l'équivalent-subvention brut et le contrôle de minimis n'ont donc pas été calculés ; chargez la table de la Commission pour cette date."),
        ("proposal.caveat.ratingAssumed", "Assumed: the application has no credit rating, so the reference rate treats the borrower as having no credit history (category {category}, margin at least {minimumMargin}).", "Hypothèse : la demande n'a pas de notation, le taux de référence traite donc l'emprunteur comme sans historique de crédit (catégorie {category}, marge d'au moins {minimumMargin})."),
    ];
}
