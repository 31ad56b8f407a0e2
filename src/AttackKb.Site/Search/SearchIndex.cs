using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AttackKb.Site.Output;

namespace AttackKb.Site.Search;

/// <summary>
/// The full-text search index, built from the model at generation time and split into a few hundred small scripts
/// under <c>search/</c> so a query loads only what it needs (and the site gains hundreds of files, not thousands):
/// <list type="bullet">
/// <item><c>search/index.js</c>: document count, where each kind's documents sit, the tactic and platform filters,
/// the stop tokens, the first token of each term shard and the first document of each document group.</item>
/// <item><c>search/t&lt;n&gt;.js</c>: term shards, runs of tokens in ordinal order of about <see cref="ShardBytes"/>
/// each, so a word and every word it starts (type-ahead) sit together. Each token maps to its postings
/// <c>[docDelta, value, …]</c> (<see cref="SearchPostings"/>). Filter tokens (<c>~t:tactic</c>, <c>~p:platform</c>)
/// are postings too.</item>
/// <item><c>search/d&lt;n&gt;.js</c>: runs of consecutive documents of about <see cref="GroupBytes"/>, each with its
/// result line and its text for the snippet.</item>
/// </list>
/// Every file is a script that calls <c>AKB_S</c> (search.js), so it loads with a plain <c>&lt;script src&gt;</c> from
/// file:// and any static host, where fetch() of a local file is blocked. The ranking itself (idf, prefix and ID
/// rules, filters) lives in search.js only.
/// </summary>
public static class SearchIndex
{
    public const int Version = 2;
    public const string Folder = "search/";
    public const string Manifest = Folder + "index.js";
    public const int ShardBytes = 8 * 1024;
    public const int GroupBytes = 5 * 1024;
    /// <summary>A snippet needs the text around a match, not a whole long page.</summary>
    public const int MaxStoredText = 3000;

    public static string ShardPath(int n) => Folder + "t" + n.ToString(CultureInfo.InvariantCulture) + ".js";
    public static string GroupPath(int n) => Folder + "d" + n.ToString(CultureInfo.InvariantCulture) + ".js";

    /// <summary>Every file of the index, path → bytes, in a fixed order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(Model.SiteMap map)
    {
        var docs = SearchDocuments.From(map);
        var postings = SearchPostings.Build(docs);
        var shards = postings.Shards(ShardBytes);
        // One thread: `site` builds the index beside the pages, which keep every core busy already. Parallel JSON here
        // saved a few ms and at times stalled 50-90 ms waiting for pool threads (the JSON itself is about 15 ms).
        var docBytes = docs.Select(DocumentJson).ToArray();
        var shardBytes = shards.Select(shard => ShardScript(shard, postings)).ToArray();
        var groups = Groups(docBytes);
        var files = new List<(string, byte[])> { (Manifest, ManifestScript(docs, postings, shards, groups)) };
        for (int n = 0; n < shards.Count; n++) files.Add((ShardPath(n), shardBytes[n]));
        for (int n = 0; n < groups.Count; n++)
        {
            int end = n + 1 < groups.Count ? groups[n + 1] : docs.Count;
            files.Add((GroupPath(n), GroupScript(groups[n], docBytes[groups[n]..end])));
        }
        return files;
    }

    /// <summary>The first document of each group: consecutive documents up to about GroupBytes.</summary>
    private static IReadOnlyList<int> Groups(byte[][] docs) =>
        Pages.Pager.Split(Enumerable.Range(0, docs.Length), n => docs[n].Length, GroupBytes)
            .Where(group => group.Count > 0)
            .Select(group => group[0])
            .ToArray();

    private static byte[] ManifestScript(IReadOnlyList<SearchDocument> docs, SearchPostings postings,
        IReadOnlyList<IReadOnlyList<string>> shards, IReadOnlyList<int> groups) => Script("m", w =>
    {
        w.WriteStartObject();
        w.WriteNumber("v", Version);
        w.WriteNumber("n", docs.Count);
        w.WriteStartArray("kinds");
        for (int i = 0; i < docs.Count;)
        {
            int start = i;
            while (i < docs.Count && docs[i].Kind == docs[start].Kind) i++;
            w.WriteStartArray();
            w.WriteStringValue(docs[start].Kind);
            w.WriteNumberValue(start);
            w.WriteNumberValue(i);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        Strings(w, "tactics", docs.SelectMany(d => d.Tactics).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        // Sigma's "windows" and ATT&CK's "Windows" are one filter (the filter token is folded).
        Strings(w, "platforms", docs.SelectMany(d => d.Platforms).Order(StringComparer.Ordinal)
            .DistinctBy(SearchText.Fold, StringComparer.Ordinal));
        Strings(w, "stop", postings.StopTokens());
        Strings(w, "shards", shards.Select(s => s[0]));
        w.WriteStartArray("groups");
        foreach (int first in groups) w.WriteNumberValue(first);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// <c>AKB_S.t({"token":[docDelta,value,...],...});</c> written directly: the shards hold most of the index's
    /// numbers, and a number is a few digits here where Utf8JsonWriter checks and tracks state for each. Tokens are
    /// escaped as Utf8JsonWriter escapes them (its default encoder).
    /// </summary>
    private static byte[] ShardScript(IReadOnlyList<string> tokens, SearchPostings postings)
    {
        var bytes = new ArrayBufferWriter<byte>(ShardBytes * 2);
        bytes.Write("AKB_S.t({"u8);
        for (int t = 0; t < tokens.Count; t++)
        {
            bytes.Write(t == 0 ? "\""u8 : ",\""u8);
            bytes.Write(JsonEncodedText.Encode(tokens[t]).EncodedUtf8Bytes);
            bytes.Write("\":["u8);
            int previous = 0;
            var list = postings.Of(tokens[t]);
            for (int i = 0; i < list.Count; i += 2)
            {
                if (i > 0) bytes.Write(","u8);
                Number(bytes, list[i] - previous);
                bytes.Write(","u8);
                Number(bytes, list[i + 1]);
                previous = list[i];
            }
            bytes.Write("]"u8);
        }
        bytes.Write("});\n"u8);
        return bytes.WrittenSpan.ToArray();
    }

    private static void Number(ArrayBufferWriter<byte> bytes, int value)
    {
        value.TryFormat(bytes.GetSpan(11), out int written, default, CultureInfo.InvariantCulture);
        bytes.Advance(written);
    }

    private static byte[] GroupScript(int first, byte[][] docs)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes("AKB_S.d(" + first.ToString(CultureInfo.InvariantCulture) + ",["));
        for (int i = 0; i < docs.Length; i++)
        {
            if (i > 0) stream.Write(","u8);
            stream.Write(docs[i]);
        }
        stream.Write("]);\n"u8);
        return stream.ToArray();
    }

    /// <summary>One document as JSON: i (ID), n (name), k (kind), u (url), t, p, a (other IDs), h, x (text).</summary>
    private static byte[] DocumentJson(SearchDocument doc)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("i", doc.Id);
            w.WriteString("n", doc.Name);
            w.WriteString("k", doc.Kind);
            w.WriteString("u", doc.Url);
            Strings(w, "t", doc.Tactics);
            Strings(w, "p", doc.Platforms);
            Strings(w, "a", doc.Ids.Skip(1));
            Strings(w, "h", doc.Headings);
            w.WriteStartArray("x");
            int budget = MaxStoredText;
            foreach (string text in doc.Text)
            {
                if (budget <= 0) break;
                w.WriteStringValue(text.Length <= budget ? text : text[..budget]);
                budget -= text.Length;
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>
    /// <c>AKB_S.f(json);</c> — the default encoder escapes '&lt;', '&amp;', quotes and non-ASCII, so every file is
    /// plain ASCII JavaScript that cannot close a script element.
    /// </summary>
    private static byte[] Script(string function, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes("AKB_S." + function + "("));
        using (var w = new Utf8JsonWriter(stream)) body(w);
        stream.Write(");\n"u8);
        return stream.ToArray();
    }
}
