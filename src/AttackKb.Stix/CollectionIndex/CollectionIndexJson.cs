using System.Text.Json;
using AttackKb.Core.Text;

namespace AttackKb.Stix.CollectionIndex;

/// <summary>Reads and writes <see cref="CollectionIndexDocument"/> as ATT&amp;CK's index.json does.</summary>
public static class CollectionIndexJson
{
    public static byte[] Write(CollectionIndexDocument index)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormat.Indented))
        {
            w.WriteStartObject();
            w.WriteString("id", index.Id);
            w.WriteString("name", index.Name);
            w.WriteString("description", index.Description);
            w.WriteString("created", index.Created);
            w.WriteString("modified", index.Modified);
            w.WriteStartArray("collections");
            foreach (var c in index.Collections)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("description", c.Description);
                w.WriteString("created", c.Created);
                w.WriteStartArray("versions");
                foreach (var v in c.Versions)
                {
                    w.WriteStartObject();
                    w.WriteString("version", v.Version);
                    w.WriteString("url", v.Url);
                    w.WriteString("modified", v.Modified);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Reads an index; throws <see cref="FormatException"/> naming what is missing.</summary>
    public static CollectionIndexDocument Read(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            return new CollectionIndexDocument(
                Required(root, "id"), Required(root, "name"), Optional(root, "description"), Required(root, "created"),
                Required(root, "modified"),
                Items(root, "collections").Select(c => new IndexedCollection(
                    Required(c, "id"), Required(c, "name"), Optional(c, "description"), Required(c, "created"),
                    Items(c, "versions").Select(v => new CollectionVersion(
                        Required(v, "version"), Required(v, "url"), Required(v, "modified"))).ToArray())).ToArray());
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}");
        }
    }

    private static string Required(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"'{name}' (a string) is missing");

    private static string Optional(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()! : "";

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
            : throw new FormatException($"'{name}' (an array) is missing");
}
