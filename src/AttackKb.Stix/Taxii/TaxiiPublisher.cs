using System.Diagnostics;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// Publishes a bundle to a TAXII collection, incrementally: reads the collection's manifest, posts only the objects
/// that are new or newer than the server's version, in envelopes within the API root's <c>max_content_length</c>,
/// and follows each envelope's status resource until it completes. Because the plan comes from the server's
/// manifest every time, a run that died midway is repeated safely: the next run posts what is still missing.
/// </summary>
public static class TaxiiPublisher
{
    /// <summary>The envelope limit when the API root states none.</summary>
    public const long DefaultMaxContentLength = 8 * 1024 * 1024;

    public static TaxiiPublishResult Publish(TaxiiClient client, TaxiiCollection collection, byte[] bundle)
    {
        var objects = TaxiiEnvelopes.FromBundle(bundle);
        long max = TaxiiCollection.MaxContentLength(client, collection.ApiRoot) ?? DefaultMaxContentLength;
        var onServer = collection.ReadManifest(client);
        var toPost = new List<OutgoingObject>();
        int upToDate = 0, newerOnServer = 0;
        foreach (var o in objects)
        {
            if (!StixVersion.TryParse(o.Version, out var ours) || !onServer.TryGetValue(o.Id, out var theirs))
                toPost.Add(o);
            else if (ours > theirs) toPost.Add(o);
            else if (ours == theirs) upToDate++;
            else newerOnServer++;
        }
        var (envelopes, tooLarge) = TaxiiEnvelopes.Pack(toPost, max);
        var outcomes = tooLarge
            .Select(o => new PublishOutcome(o.Id, o.Version, false,
                $"{o.Json.Length} bytes, more than the server's max_content_length ({max})"))
            .ToList();
        string? error = null;
        int sent = 0;
        foreach (var envelope in envelopes)
        {
            try
            {
                var status = client.Post(collection.Objects, TaxiiEnvelopes.Write(envelope));
                outcomes.AddRange(Settle(client, collection, status, envelope));
                sent++;
            }
            catch (TaxiiException e)
            {
                error = e.Message;
                outcomes.AddRange(envelopes.Skip(sent).SelectMany(x => x).Select(o =>
                    new PublishOutcome(o.Id, o.Version, false, "not posted: the publish stopped (see above)")));
                break;
            }
        }
        return new TaxiiPublishResult(objects.Count, upToDate, newerOnServer, envelopes.Count, outcomes, error);
    }

    /// <summary>Follows the status resource until it is complete, then reads each object's fate from it.</summary>
    private static IEnumerable<PublishOutcome> Settle(
        TaxiiClient client, TaxiiCollection collection, TaxiiResponse status, IReadOnlyList<OutgoingObject> envelope)
    {
        var clock = Stopwatch.StartNew();
        var wait = TimeSpan.FromMilliseconds(250);
        while (!string.Equals(status.String("status"), "complete", StringComparison.Ordinal))
        {
            string id = status.String("id")
                ?? throw new TaxiiException($"POST {collection.Objects}: the answer is not a TAXII status resource");
            if (clock.Elapsed > client.Options.Timeout)
                throw new TaxiiException(
                    $"status {id} still '{status.String("status")}' after {(int)clock.Elapsed.TotalSeconds} s "
                    + "(--timeout); publish again later: what the server has by then is not posted twice");
            Thread.Sleep(wait);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            status = client.Get(collection.Status(id));
        }
        var failures = Details(status, "failures");
        var successes = Details(status, "successes");
        foreach (var o in envelope)
        {
            if (failures.TryGetValue(o.Id, out string? message))
                yield return new PublishOutcome(o.Id, o.Version, false, message ?? "refused by the server");
            else if (successes.Count == 0 || successes.ContainsKey(o.Id))
                yield return new PublishOutcome(o.Id, o.Version, true, null);
            else yield return new PublishOutcome(o.Id, o.Version, false, "the server's status does not mention it");
        }
    }

    /// <summary>A status resource's successes or failures: id → message (status details, spec §4.3.1).</summary>
    private static Dictionary<string, string?> Details(TaxiiResponse status, string property)
    {
        var details = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in status.Array(property))
            if (TaxiiCollection.Text(d, "id") is { } id) details[id] = TaxiiCollection.Text(d, "message");
        return details;
    }
}
