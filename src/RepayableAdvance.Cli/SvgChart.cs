using System.Globalization;
using System.Text;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Cli;

/// <summary>
/// The CLI's charts, written as SVG: the schedule (principal and interest per installment, outstanding principal) and
/// the stress fan (the available amount's percentile bands by month).
/// </summary>
/// <remarks>
/// <para>Vector output prints sharp at any size, opens in every browser, office suite and vector editor, and is
/// embedded as it is in the committee report. Writing it needs no drawing library: the tool carries no native code
/// and runs on every platform .NET runs on.</para>
/// <para>Coordinates are screen positions, so they are <c>double</c>; every amount is converted once, at the edge,
/// and only to place a mark. The legend sits under the plot, so that it never covers a bar.</para>
/// </remarks>
internal static class SvgChart
{
    private const string Font = "DejaVu Sans, Arial, sans-serif";
    private const string PrincipalColour = "#1f4e79";
    private const string InterestColour = "#e8983a";
    private const string OutstandingColour = "#787878";

    /// <summary>The schedule chart: principal and interest per installment (stacked bars, left axis) and the outstanding principal after each (line, right axis, from the disbursement at 0).</summary>
    internal static string Schedule(RepaymentSchedule schedule, Text t, CultureInfo culture, int width = 900, int height = 400)
    {
        var rows = schedule.Installments;
        var currency = schedule.Currency.Code;
        var frame = new Frame(width, height, LeftMargin: 78, RightMargin: 86, TopMargin: 14, BottomMargin: 74);
        var x = new Axis(0, rows.Count + 0.5);
        var left = Axis.Nice(0, rows.Count == 0 ? 1 : rows.Max(i => (double)(i.Principal.Amount + i.Interest.Amount)));
        var right = Axis.Nice(0, (double)schedule.TotalPrincipal.Amount);

        var svg = Start(width, height, $"{t.Schedule}: {t.Principal}, {t.Interest}, {t.Outstanding}");
        Grid(svg, frame, left, culture, leftSide: true);
        Ticks(svg, frame, right, culture, leftSide: false);
        XTicks(svg, frame, x, Axis.Step(rows.Count, 12), 1, rows.Count, culture);

        var barWidth = Math.Max(1, frame.Width / (rows.Count + 0.5) * 0.7);
        foreach (var i in rows)
        {
            var centre = frame.X(x, i.Number);
            var principal = (double)i.Principal.Amount;
            var total = principal + (double)i.Interest.Amount;
            Rect(svg, centre - (barWidth / 2), frame.Y(left, principal), barWidth, frame.Y(left, 0) - frame.Y(left, principal), PrincipalColour);
            Rect(svg, centre - (barWidth / 2), frame.Y(left, total), barWidth, frame.Y(left, principal) - frame.Y(left, total), InterestColour);
        }

        var points = new List<(double X, double Y)> { (frame.X(x, 0), frame.Y(right, (double)schedule.TotalPrincipal.Amount)) };
        points.AddRange(rows.Select(i => (frame.X(x, i.Number), frame.Y(right, (double)i.OutstandingAfter.Amount))));
        Polyline(svg, points, OutstandingColour, 2);

        Box(svg, frame);
        Label(svg, frame.Left + (frame.Width / 2), frame.Bottom + 36, t.Installment, "middle");
        VerticalLabel(svg, 16, frame.Top + (frame.Height / 2), $"{t.Principal} + {t.Interest} ({currency})");
        VerticalLabel(svg, width - 12, frame.Top + (frame.Height / 2), $"{t.Outstanding} ({currency})");
        Legend(svg, frame, height - 14, [(t.Principal, PrincipalColour, false), (t.Interest, InterestColour, false), (t.Outstanding, OutstandingColour, true)]);
        return End(svg);
    }

    /// <summary>The stress fan: the available amount's 5–95 % and 25–75 % bands and its median, by month.</summary>
    internal static string Stress(StressResult result, Text t, CultureInfo culture, int width = 900, int height = 420)
    {
        var months = result.Available;
        var currency = months[0].P50.Currency.Code;
        var frame = new Frame(width, height, LeftMargin: 92, RightMargin: 20, TopMargin: 34, BottomMargin: 74);
        var x = new Axis(months[0].Month, Math.Max(months[^1].Month, months[0].Month + 1));
        var y = Axis.Nice(Math.Min(0, months.Min(m => (double)m.P5.Amount)), months.Max(m => (double)m.P95.Amount));

        var svg = Start(width, height, $"{t.Stress}: {t.Available} ({currency})");
        Grid(svg, frame, y, culture, leftSide: true);
        XTicks(svg, frame, x, Axis.Step(months[^1].Month - months[0].Month, 12), months[0].Month, months[^1].Month, culture);
        Band(svg, frame, x, y, months.Select(m => (m.Month, (double)m.P5.Amount, (double)m.P95.Amount)), PrincipalColour, 0.2);
        Band(svg, frame, x, y, months.Select(m => (m.Month, (double)m.P25.Amount, (double)m.P75.Amount)), PrincipalColour, 0.43);
        Polyline(svg, months.Select(m => (frame.X(x, m.Month), frame.Y(y, (double)m.P50.Amount))).ToList(), PrincipalColour, 2);
        Box(svg, frame);
        Label(svg, frame.Left + (frame.Width / 2), 20, t.Stress, "middle", bold: true);
        Label(svg, frame.Left + (frame.Width / 2), frame.Bottom + 36, t.Month, "middle");
        VerticalLabel(svg, 16, frame.Top + (frame.Height / 2), $"{t.Available} ({currency})");
        Legend(svg, frame, height - 14, [("P5–P95", "#1f4e7933", false), ("P25–P75", "#1f4e796e", false), (t.Median, PrincipalColour, true)]);
        return End(svg);
    }

    private static StringBuilder Start(int width, int height, string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="{Font}" font-size="12" role="img"><title>{E(title)}</title><rect width="{width}" height="{height}" fill="#ffffff"/>""");
        return svg;
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Grid(StringBuilder svg, Frame frame, Axis axis, CultureInfo culture, bool leftSide)
    {
        foreach (var value in axis.Ticks())
        {
            var y = frame.Y(axis, value);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(frame.Left)}" y1="{F(y)}" x2="{F(frame.Right)}" y2="{F(y)}" stroke="#e4e4e4"/>""");
        }

        Ticks(svg, frame, axis, culture, leftSide);
    }

    private static void Ticks(StringBuilder svg, Frame frame, Axis axis, CultureInfo culture, bool leftSide)
    {
        foreach (var value in axis.Ticks())
        {
            var y = frame.Y(axis, value);
            var x = leftSide ? frame.Left - 6 : frame.Right + 6;
            Label(svg, x, y + 4, value.ToString("N0", culture), leftSide ? "end" : "start");
        }
    }

    private static void XTicks(StringBuilder svg, Frame frame, Axis axis, int step, int first, int last, CultureInfo culture)
    {
        // Labels at the multiples of the step (every one when the step is 1), so that they read 2, 4, 6 or 10, 20, 30.
        for (var n = step == 1 ? first : ((first + step - 1) / step) * step; n <= last; n += step)
        {
            var x = frame.X(axis, n);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(x)}" y1="{F(frame.Bottom)}" x2="{F(x)}" y2="{F(frame.Bottom + 4)}" stroke="#555555"/>""");
            Label(svg, x, frame.Bottom + 17, n.ToString(culture), "middle");
        }
    }

    private static void Band(StringBuilder svg, Frame frame, Axis x, Axis y, IEnumerable<(int Month, double Low, double High)> band, string colour, double opacity)
    {
        var list = band.ToList();
        var points = list.Select(p => (frame.X(x, p.Month), frame.Y(y, p.High)))
            .Concat(list.AsEnumerable().Reverse().Select(p => (frame.X(x, p.Month), frame.Y(y, p.Low))));
        svg.Append(CultureInfo.InvariantCulture, $"""<polygon points="{Points(points)}" fill="{colour}" fill-opacity="{F(opacity)}" stroke="none"/>""");
    }

    private static void Rect(StringBuilder svg, double x, double y, double width, double height, string colour)
    {
        if (height > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{F(x)}" y="{F(y)}" width="{F(width)}" height="{F(height)}" fill="{colour}"/>""");
        }
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour, double width) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{Points(points)}" fill="none" stroke="{colour}" stroke-width="{F(width)}" stroke-linejoin="round"/>""");

    private static void Box(StringBuilder svg, Frame frame) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{F(frame.Left)}" y="{F(frame.Top)}" width="{F(frame.Width)}" height="{F(frame.Height)}" fill="none" stroke="#555555"/>""");

    private static void Label(StringBuilder svg, double x, double y, string text, string anchor, bool bold = false) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{F(x)}" y="{F(y)}" text-anchor="{anchor}"{(bold ? " font-weight=\"bold\" font-size=\"14\"" : string.Empty)} fill="#1b1b1b">{E(text)}</text>""");

    private static void VerticalLabel(StringBuilder svg, double x, double y, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{F(x)}" y="{F(y)}" text-anchor="middle" transform="rotate(-90 {F(x)} {F(y)})" fill="#1b1b1b">{E(text)}</text>""");

    /// <summary>The legend, in one row under the plot, centred: a swatch (or a line) and its label per entry.</summary>
    private static void Legend(StringBuilder svg, Frame frame, double y, IReadOnlyList<(string Label, string Colour, bool Line)> entries)
    {
        // Widths estimated at 7 px a character at 12 px: the row is centred, and a wider rendering only moves it.
        var widths = entries.Select(e => 22 + (7.0 * e.Label.Length) + 18).ToList();
        var x = frame.Left + ((frame.Width - widths.Sum()) / 2);
        for (var i = 0; i < entries.Count; i++)
        {
            var (label, colour, line) = entries[i];
            if (line)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(x)}" y1="{F(y - 4)}" x2="{F(x + 16)}" y2="{F(y - 4)}" stroke="{colour}" stroke-width="2"/>""");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{F(x)}" y="{F(y - 10)}" width="16" height="12" fill="{colour}"/>""");
            }

            Label(svg, x + 22, y, label, "start");
            x += widths[i];
        }
    }

    private static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{F(p.X)},{F(p.Y)}")));

    private static string F(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The plot area inside the picture: the picture's size less the margins that hold the axes, labels and legend.</summary>
    private readonly record struct Frame(int PictureWidth, int PictureHeight, double LeftMargin, double RightMargin, double TopMargin, double BottomMargin)
    {
        public double Left => LeftMargin;

        public double Right => PictureWidth - RightMargin;

        public double Top => TopMargin;

        public double Bottom => PictureHeight - BottomMargin;

        public double Width => Right - Left;

        public double Height => Bottom - Top;

        public double X(Axis axis, double value) => Left + ((value - axis.Min) / (axis.Max - axis.Min) * Width);

        public double Y(Axis axis, double value) => Bottom - ((value - axis.Min) / (axis.Max - axis.Min) * Height);
    }

    /// <summary>An axis range; <see cref="Nice"/> widens it to round ticks.</summary>
    private readonly record struct Axis(double Min, double Max, double Tick = 0)
    {
        /// <summary>A range from <paramref name="min"/> to <paramref name="max"/> widened to a multiple of a 1, 2 or 5 step, about five ticks.</summary>
        public static Axis Nice(double min, double max)
        {
            if (max <= min)
            {
                max = min + 1;
            }

            var raw = (max - min) / 5;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            var step = (raw / magnitude) switch
            {
                <= 1 => magnitude,
                <= 2 => 2 * magnitude,
                <= 5 => 5 * magnitude,
                _ => 10 * magnitude,
            };
            return new Axis(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
        }

        /// <summary>A whole step of 1, 2, 5, 10, 20… that shows at most <paramref name="most"/> labels over <paramref name="count"/>.</summary>
        public static int Step(int count, int most)
        {
            var step = 1;
            while (count / step > most)
            {
                step = step.ToString(CultureInfo.InvariantCulture)[0] == '2' ? step / 2 * 5 : step * 2;
            }

            return step;
        }

        public IEnumerable<double> Ticks()
        {
            for (var i = 0; Min + (i * Tick) <= Max + (Tick / 1e6); i++)
            {
                yield return Min + (i * Tick);
            }
        }
    }
}
