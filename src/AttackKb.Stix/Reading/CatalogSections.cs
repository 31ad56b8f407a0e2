using System.Text;
using System.Text.Json;
using AttackKb.Stix.Catalog;

namespace AttackKb.Stix.Reading;

/// <summary>
/// A catalog's top-level sections as byte ranges of the file, each parsed only when asked for, in place (no copy):
/// the <c>relationships</c> (18,740 procedure texts in 18.1, half the file) are never parsed by linting, exports or
/// <c>attack info</c>. On this kind of VM every first touch of a memory page costs, so not copying matters.
/// </summary>
internal sealed class CatalogSections : IDisposable
{
    private static readonly byte[] Format = Encoding.UTF8.GetBytes("format");

    private readonly ReadOnlyMemory<byte> _json;
    private readonly Dictionary<string, (int Start, int End)> _ranges = new(StringComparer.Ordinal);
    private readonly List<JsonDocument> _documents = [];

    private CatalogSections(ReadOnlyMemory<byte> json) => _json = json;

    /// <summary>
    /// The sections of a catalog whose first property is <c>"format": "attackkb-attack-catalog"</c> (as the writer
    /// puts it); null for anything else, after reading one property, or for JSON the caller's parse should report.
    /// </summary>
    public static CatalogSections? TryRead(ReadOnlyMemory<byte> json)
    {
        var sections = new CatalogSections(json);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(Format)) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(CatalogFormat.Marker)) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                sections._ranges[name] = (start, (int)reader.BytesConsumed);
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return null;
        }
        catch (JsonException)
        {
            return null;
        }
        return sections;
    }

    /// <summary>The section's value (default when absent), parsed in place; valid until this is disposed.</summary>
    public JsonElement this[string name]
    {
        get
        {
            if (!_ranges.TryGetValue(name, out var range)) return default;
            var doc = JsonDocument.Parse(Raw(range), new JsonDocumentOptions { MaxDepth = 64 });
            _documents.Add(doc);
            return doc.RootElement;
        }
    }

    /// <summary>The section's bytes (empty when absent), for reading later without this object.</summary>
    public ReadOnlyMemory<byte> Bytes(string name) => _ranges.TryGetValue(name, out var range) ? Raw(range) : default;

    private ReadOnlyMemory<byte> Raw((int Start, int End) range) => _json[range.Start..range.End];

    public void Dispose()
    {
        foreach (var d in _documents) d.Dispose();
    }
}
