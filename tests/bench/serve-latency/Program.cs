// Edit -> new text visible in the browser, for `attackkb serve` (tests/bench/serve-bench.sh runs it; numbers go into
// the README). Opens the note's page in Chromium, then EDITS times: writes a new first sentence into the note's
// description and waits until the open page shows it (the live-reload script reloads it). The clock starts just
// before the write and stops at the reloaded document's DOMContentLoaded with the new text in it, so it holds the
// watcher's debounce, the rebuild, the live-reload event and the browser's reload. Prints each time and the median.
//   dotnet run --project tests/bench/serve-latency -c Release -- <page url> <note file> [edits]
using System.Diagnostics;
using System.Globalization;
using AttackKb.Site.Tests.Browser;
using Microsoft.Playwright;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: serve-latency <page url> <note file> [edits]");
    return 2;
}
string url = args[0], note = args[1];
int edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 21;
string original = File.ReadAllText(note);
const string Heading = "## Description\n";
if (!original.Contains(Heading, StringComparison.Ordinal))
{
    Console.Error.WriteLine($"serve-latency: {note} has no '{Heading.Trim()}' section");
    return 2;
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await BrowserSession.LaunchChromiumAsync(playwright);
var page = await browser.NewPageAsync();
await page.GotoAsync(url);
var times = new List<long>();
try
{
    for (int n = 1; n <= edits; n++)
    {
        string sentence = $"Latency edit {n.ToString(CultureInfo.InvariantCulture)}.";
        string edited = original.Replace(Heading, Heading + sentence + "\n\n", StringComparison.Ordinal);
        // The reloaded document's DOMContentLoaded, as the browser reports it: a locator's wait alone would add
        // Playwright's own retry back-off (up to 100 ms) after the navigation.
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoaded(object? sender, IPage loaded) => reloaded.TrySetResult();
        page.DOMContentLoaded += OnLoaded;
        var clock = Stopwatch.StartNew();
        File.WriteAllText(note, edited);
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        long elapsed = clock.ElapsedMilliseconds;
        page.DOMContentLoaded -= OnLoaded;
        if (await page.GetByText(sentence).CountAsync() == 0)
        {
            // Reloaded for another change (or too early): wait for the text itself.
            await page.GetByText(sentence).WaitForAsync(new() { Timeout = 10_000 });
            elapsed = clock.ElapsedMilliseconds;
        }
        times.Add(elapsed);
        Console.Error.WriteLine($"edit {n}: {elapsed} ms");
        await Task.Delay(300);  // let the server settle, as between an analyst's saves
    }
}
finally
{
    File.WriteAllText(note, original);
}
times.Sort();
Console.WriteLine(times[times.Count / 2].ToString(CultureInfo.InvariantCulture));
return 0;
