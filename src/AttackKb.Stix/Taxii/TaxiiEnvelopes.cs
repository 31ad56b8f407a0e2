using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>One STIX object ready to post: its id, version and compact JSON.</summary>
public sealed record OutgoingObject(string Id, string Version, byte[] Json);

/// <summary>
/// Packs objects into TAXII envelopes (<c>{"objects":[…]}</c>) of at most <c>max_content_length</c> bytes each, in
/// the given order; an object that alone exceeds the limit cannot be posted and is returned apart.
/// </summary>
public static class TaxiiEnvelopes
{
    private static readonly byte[] Head = "{\"objects\":["u8.ToArray();
    private static readonly byte[] Tail = "]}"u8.ToArray();

    public static (IReadOnlyList<IReadOnlyList<OutgoingObject>> Envelopes, IReadOnlyList<OutgoingObject> TooLarge)
        Pack(IEnumerable<OutgoingObject> objects, long maxBytes)
    {
        var envelopes = new List<IReadOnlyList<OutgoingObject>>();
        var tooLarge = new List<OutgoingObject>();
        var current = new List<OutgoingObject>();
        long size = Head.Length + Tail.Length;
        foreach (var o in objects)
        {
            long alone = Head.Length + Tail.Length + o.Json.Length;
            if (alone > maxBytes)
            {
                tooLarge.Add(o);
                continue;
            }
            long added = o.Json.Length + (current.Count > 0 ? 1 : 0);
            if (size + added > maxBytes)
            {
                envelopes.Add(current);
                current = [];
                size = Head.Length + Tail.Length;
                added = o.Json.Length;
            }
            current.Add(o);
            size += added;
        }
        if (current.Count > 0) envelopes.Add(current);
        return (envelopes, tooLarge);
    }

    public static byte[] Write(IReadOnlyList<OutgoingObject> envelope)
    {
        using var stream = new MemoryStream();
        stream.Write(Head);
        for (int i = 0; i < envelope.Count; i++)
        {
            if (i > 0) stream.WriteByte((byte)',');
            stream.Write(envelope[i].Json);
        }
        stream.Write(Tail);
        return stream.ToArray();
    }

    /// <summary>The objects of a STIX bundle, each as compact JSON with its id and version.</summary>
    public static IReadOnlyList<OutgoingObject> FromBundle(byte[] bundle)
    {
        using var doc = JsonDocument.Parse(bundle);
        var list = new List<OutgoingObject>();
        foreach (var o in doc.RootElement.GetProperty("objects").EnumerateArray())
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
                   {
                       Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                   }))
                o.WriteTo(w);
            list.Add(new OutgoingObject(
                TaxiiCollection.Text(o, "id") ?? "", StixVersion.Of(o) ?? "", stream.ToArray()));
        }
        return list;
    }
}
