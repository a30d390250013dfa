using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace RepayableAdvance.Tests;

/// <summary>
/// Runs FsCheck properties with an explicit test count. The environment variable <c>RA_PROPERTY_SCALE</c>
/// (a positive decimal, default 1) scales every count: 0.1 for quick local runs and mutation testing, 10 for a
/// soak. On failure FsCheck reports the counter-example and the seed to replay it: set <c>RA_PROPERTY_REPLAY</c> to the
/// two numbers it prints after the count of tests, such as <c>224046673493598894,8853873276856859277</c>.
/// </summary>
internal static class Laws
{
    public const string ScaleVariable = "RA_PROPERTY_SCALE";

    public static int Scaled(int count)
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return count;
        }

        var scale = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        return Math.Max(1, (int)decimal.Round(count * scale, 0, MidpointRounding.AwayFromZero));
    }

    /// <summary>The environment variable that replays a reported run: <c>seed,gamma</c> as FsCheck prints them.</summary>
    public const string ReplayVariable = "RA_PROPERTY_REPLAY";

    private static Config ConfigFor(int count)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Scaled(count)).WithQuietOnSuccess(true);
        var replay = Environment.GetEnvironmentVariable(ReplayVariable);
        if (string.IsNullOrWhiteSpace(replay))
        {
            return config;
        }

        var parts = replay.Trim('(', ')', ' ').Split(',');
        return config.WithReplay(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public static void Check<T>(int count, Gen<T> gen, Func<T, bool> law) =>
        Prop.ForAll(gen.ToArbitrary(), law).Check(ConfigFor(count));

    public static void Check<T>(int count, Gen<T> gen, Action<T> law) =>
        Prop.ForAll(gen.ToArbitrary(), law).Check(ConfigFor(count));
}
