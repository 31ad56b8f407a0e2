using System.Globalization;

namespace AttackKb.Reporting;

/// <summary>The tool's version (the assembly version, set once in Directory.Build.props): no commit hash, so
/// reports that carry it stay byte-identical between builds of the same version.</summary>
internal static class ToolVersion
{
    public static string Semantic { get; } = Format(typeof(ToolVersion).Assembly.GetName().Version);

    private static string Format(Version? v) =>
        v is null
            ? "0.0.0"
            : string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{Math.Max(0, v.Build)}");
}
