using System.Globalization;

namespace AttackKb.Core.Text;

/// <summary>
/// The dates notes and rules write (<c>2020-10-01</c>, Sigma's <c>2023/04/17</c>, STIX's
/// <c>2020-02-21T21:00:48.814Z</c>), read one way by the linter and the STIX writer.
/// </summary>
public static class KbDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd", "yyyy/MM/dd",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    /// <summary>The instant in UTC (dates are midnight UTC), or null when the text is no date that exists.</summary>
    public static DateTime? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
}
