namespace RepayableAdvance.Scheduling;

/// <summary>How a rate discounts over a fraction of a year.</summary>
public enum Compounding
{
    /// <summary>Annual compounding with a fractional exponent: DF = (1 + r)^−t (the EU reference-rate method).</summary>
    Annual = 0,

    /// <summary>Compounding m times a year: DF = (1 + r/m)^−(m·t).</summary>
    Periodic = 1,
}
