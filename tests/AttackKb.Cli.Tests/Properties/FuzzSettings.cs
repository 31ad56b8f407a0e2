using System.Globalization;

namespace AttackKb.Cli.Tests.Properties;

/// <summary>
/// How many cases the never-crash property runs and from which seed. CI runs the fixed defaults (same cases every
/// run); a campaign by hand sets ATTACKKB_FUZZ_SEED (a number, or "random") and ATTACKKB_FUZZ_CASES.
/// </summary>
public static class FuzzSettings
{
    public const ulong DefaultSeed = 20_251_130;
    public const int DefaultCases = 10_000;

    /// <summary>One case in this many also renders its site pages and exports STIX (slower than reading and linting).</summary>
    public const int OutputSampleEvery = 5;

    /// <summary>A generous bound per case: it catches hangs and quadratic blow-ups, not slowness.</summary>
    public static readonly TimeSpan MaxPerCase = TimeSpan.FromSeconds(5);

    public static ulong Seed { get; } = ReadSeed();
    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ATTACKKB_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n : DefaultCases;

    /// <summary>ATTACKKB_FUZZ_KEEP=folder: failing inputs are written there (case-N.ext), to turn into case files.</summary>
    public static void Keep(int index, FuzzCase input)
    {
        if (Environment.GetEnvironmentVariable("ATTACKKB_FUZZ_KEEP") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        string name = string.Create(CultureInfo.InvariantCulture, $"case-{index}{Path.GetExtension(input.Path)}");
        File.WriteAllBytes(Path.Combine(folder, name), input.Bytes);
    }

    private static ulong ReadSeed()
    {
        string? value = Environment.GetEnvironmentVariable("ATTACKKB_FUZZ_SEED");
        if (string.Equals(value, "random", StringComparison.OrdinalIgnoreCase)) return (ulong)Random.Shared.NextInt64();
        return ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed) ? seed : DefaultSeed;
    }
}
