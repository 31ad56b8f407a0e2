using System.Text;
using System.Text.Json;
using AttackKb.Stix.Catalog;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Splits a catalog's bytes into the facts, parsed at once, and its <c>relationships</c> array, kept as raw bytes
/// and parsed only when asked for (<see cref="CatalogReader"/>): 18,740 procedure texts, half the file, that linting,
/// exports and <c>attack info</c> never read. A tokenizer pass over them costs a fraction of building their DOM.
/// </summary>
internal static class CatalogSections
{
    private static readonly byte[] Relationships = Encoding.UTF8.GetBytes("relationships");
    private static readonly byte[] Format = Encoding.UTF8.GetBytes("format");

    /// <summary>
    /// True for a catalog (its first property is <c>"format": "attackkb-attack-catalog"</c>, as the writer puts it):
    /// <paramref name="facts"/> is the catalog with <c>"relationships": []</c>, <paramref name="relationships"/> the
    /// array's bytes (empty when absent). False for anything else, after reading one property.
    /// </summary>
    public static bool TrySplit(ReadOnlyMemory<byte> json, out ReadOnlyMemory<byte> facts, out ReadOnlyMemory<byte> relationships)
    {
        facts = json;
        relationships = ReadOnlyMemory<byte>.Empty;
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(Format)) return false;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(CatalogFormat.Marker)) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isRelationships = reader.ValueTextEquals(Relationships);
                reader.Read();
                long start = reader.TokenStartIndex;
                reader.Skip();
                if (!isRelationships) continue;
                int from = (int)start, to = (int)reader.BytesConsumed;
                relationships = json[from..to].ToArray(); // its own copy: the file's bytes can be collected
                var head = new byte[json.Length - (to - from) + 2];
                json.Span[..from].CopyTo(head);
                head[from] = (byte)'[';
                head[from + 1] = (byte)']';
                json.Span[to..].CopyTo(head.AsSpan(from + 2));
                facts = head;
            }
        }
        catch (JsonException)
        {
            // Not valid JSON: the caller's parse reports it with its line number.
            facts = json;
            relationships = ReadOnlyMemory<byte>.Empty;
        }
        return true;
    }
}
