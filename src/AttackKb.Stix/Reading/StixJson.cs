using System.Text.Json;

namespace AttackKb.Stix.Reading;

/// <summary>Tolerant accessors for STIX objects as JSON: a property of the wrong JSON type reads as absent.</summary>
internal static class StixJson
{
    public static string? String(this JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string that is present and not empty (MITRE writes "" for "none" in places).</summary>
    public static string? NonEmpty(this JsonElement o, string name) => o.String(name) is { Length: > 0 } s ? s : null;

    public static bool Bool(this JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<string> Strings(this JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) return [];
        var list = new List<string>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) list.Add(s);
        return list;
    }

    public static IEnumerable<JsonElement> Objects(this JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in v.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object) yield return item;
    }
}
