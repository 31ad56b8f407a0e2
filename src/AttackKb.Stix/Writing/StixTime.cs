using System.Globalization;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>
/// STIX timestamps with millisecond precision (the OASIS schemas require them): dates become midnight UTC.
/// </summary>
public static class StixTime
{
    /// <summary>The normalised timestamp, or null when the text is not a date we can read.</summary>
    public static string? Normalize(string? text) =>
        KbDate.Parse(text)?.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
