using System.Globalization;
using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// An object's version as TAXII counts it: <c>modified</c>, or <c>created</c> for objects that are never modified
/// (marking definitions). Compared as instants, not strings: servers may rewrite the precision of a timestamp.
/// </summary>
public static class StixVersion
{
    public static string? Of(JsonElement stixObject) =>
        TaxiiCollection.Text(stixObject, "modified") ?? TaxiiCollection.Text(stixObject, "created");

    public static bool TryParse(string text, out DateTimeOffset version) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out version);
}
