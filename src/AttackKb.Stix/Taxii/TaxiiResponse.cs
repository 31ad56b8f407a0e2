using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>A successful TAXII answer: its JSON body and the header that says up to when objects were added.</summary>
/// <param name="DateAddedLast">X-TAXII-Date-Added-Last: the <c>added_after</c> to pass next time.</param>
public sealed record TaxiiResponse(int Status, JsonElement Body, string? DateAddedLast)
{
    public string? String(string property) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var v)
        && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public bool Bool(string property) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var v)
        && v.ValueKind == JsonValueKind.True;

    /// <summary>A positive whole number (<c>max_content_length</c>), or null.</summary>
    public long? PositiveInteger(string property) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var v)
        && v.TryGetInt64(out long n) && n > 0 ? n : null;

    public IEnumerable<JsonElement> Array(string property) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(property, out var v)
        && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
