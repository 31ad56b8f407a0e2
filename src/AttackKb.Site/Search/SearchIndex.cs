using System.Globalization;
using System.Text;
using System.Text.Json;
using AttackKb.Site.Output;

namespace AttackKb.Site.Search;

/// <summary>
/// The full-text search index, built from the model at generation time and split into small scripts under
/// <c>search/</c> so a query loads only what it needs:
/// <list type="bullet">
/// <item><c>search/index.js</c>: document count, where each kind's documents sit, the tactic and platform filters.</item>
/// <item><c>search/&lt;key&gt;.js</c>: one term shard per token's first three characters (shorter tokens are their own
/// key), so a query word and every word it is a prefix of (type-ahead) are in one file. Each token maps to its
/// postings <c>[docDelta, value, …]</c>, value = BM25F weight × 8 + field bits (1 name, 2 part of an ID, 4 the
/// whole ID). Filter tokens (<c>~t:tactic</c>, <c>~p:platform</c>) are postings too.</item>
/// <item><c>search/d/&lt;n&gt;.js</c>: one document's result line and its text for the snippet.</item>
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
    /// <summary>A snippet needs the text around a match, not a whole long page.</summary>
    public const int MaxStoredText = 6000;

    public static string DocumentPath(int n) => Folder + "d/" + n.ToString(CultureInfo.InvariantCulture) + ".js";

    /// <summary>The shard a token lives in: its first three characters.</summary>
    public static string ShardKey(string token) => token.Length <= 3 ? token : token[..3];

    /// <summary>A shard's file: [a-z0-9] as is, anything else as '_' and four hex digits (search.js: shardFile).</summary>
    public static string ShardPath(string key)
    {
        var name = new StringBuilder(Folder);
        foreach (char c in key)
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(c);
            else name.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        return name.Append(".js").ToString();
    }

    /// <summary>Every file of the index, path → bytes, in a fixed order.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(Model.SiteMap map)
    {
        var docs = SearchDocuments.From(map);
        var postings = SearchPostings.Build(docs);
        var files = new List<(string, byte[])> { (Manifest, ManifestScript(docs)) };
        foreach (var shard in postings.Shards())
            files.Add((ShardPath(shard.Key), ShardScript(shard.Key, shard.Tokens, postings)));
        for (int n = 0; n < docs.Count; n++) files.Add((DocumentPath(n), DocumentScript(n, docs[n])));
        return files;
    }

    private static byte[] ManifestScript(IReadOnlyList<SearchDocument> docs) => Script("m", null, w =>
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
        Strings(w, "platforms", docs.SelectMany(d => d.Platforms).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        w.WriteEndObject();
    });

    private static byte[] ShardScript(string key, IReadOnlyList<string> tokens, SearchPostings postings) =>
        Script("t", key, w =>
        {
            w.WriteStartObject();
            foreach (string token in tokens)
            {
                w.WriteStartArray(token);
                if (postings.IsStopToken(token)) { w.WriteEndArray(); continue; }
                int previous = 0;
                var list = postings.Of(token);
                for (int i = 0; i < list.Count; i += 2)
                {
                    w.WriteNumberValue(list[i] - previous);
                    w.WriteNumberValue(list[i + 1]);
                    previous = list[i];
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        });

    private static byte[] DocumentScript(int n, SearchDocument doc) =>
        Script("d", n.ToString(CultureInfo.InvariantCulture), w =>
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
        });

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>
    /// <c>AKB_S.f(arg, json);</c> — the default encoder escapes '&lt;', '&amp;', quotes and non-ASCII, so every file
    /// is plain ASCII JavaScript that cannot close a script element.
    /// </summary>
    private static byte[] Script(string function, string? argument, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            stream.Write("AKB_S."u8);
            stream.Write(Encoding.ASCII.GetBytes(function + "("));
            w.Flush();
            if (argument is not null)
            {
                w.WriteStringValue(argument);
                w.Flush();
                stream.Write(","u8);
            }
            w.Reset();
            body(w);
            w.Flush();
        }
        stream.Write(");\n"u8);
        return stream.ToArray();
    }
}
