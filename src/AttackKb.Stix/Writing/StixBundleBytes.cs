using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AttackKb.Core.Ids;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>
/// The bytes of a STIX bundle around objects already in their final order: indented, '\n' newlines, and an id that
/// is a UUIDv5 of the bundle's own bytes (written with a zero id, then patched in one pass). Same objects ⇒ same id;
/// any change to any object ⇒ a new id. The export and the TAXII pull both write bundles this way.
/// </summary>
public static class StixBundleBytes
{
    private const string ZeroBundleId = "bundle--00000000-0000-0000-0000-000000000000";

    public static byte[] Write(Action<Utf8JsonWriter> writeObjects)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormat.Indented))
        {
            w.WriteStartObject();
            w.WriteString("type", "bundle");
            w.WriteString("id", ZeroBundleId);
            w.WriteStartArray("objects");
            writeObjects(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        byte[] bytes = stream.ToArray();
        string bundleId = "bundle--"
            + StixId.UuidV5(StixId.ProjectNamespace, "bundle:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        int at = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ZeroBundleId));
        Encoding.ASCII.GetBytes(bundleId).CopyTo(bytes, at);
        return bytes;
    }
}
