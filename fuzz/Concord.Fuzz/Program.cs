using System.Text;
using Concord.Fuzz;
using SharpFuzz;

// Concord.Fuzz HARNESS                 run under afl-fuzz (SharpFuzz fork server; outside afl it reads stdin once)
// Concord.Fuzz HARNESS --replay FILE…  run the harness on each file, print any exception, exit 1 if one escaped
// Concord.Fuzz --seeds HARNESS DIR     write the generated seed inputs of HARNESS into DIR
// Concord.Fuzz --list                  print the harness names
if (args.Length == 1 && args[0] == "--list")
{
    foreach (string name in Harnesses.Names)
    {
        Console.WriteLine(name);
    }

    return 0;
}

if (args.Length == 3 && args[0] == "--seeds" && Harnesses.TryGet(args[1], out _))
{
    Directory.CreateDirectory(args[2]);
    int written = 0;
    foreach ((string name, string text) in GeneratedSeeds.For(args[1]))
    {
        File.WriteAllText(Path.Combine(args[2], name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        written++;
    }

    Console.WriteLine($"{written} generated seeds for {args[1]} in {args[2]}");
    return 0;
}

if (args.Length >= 1 && Harnesses.TryGet(args[0], out Action<Stream>? harness))
{
    if (args.Length >= 3 && args[1] == "--replay")
    {
        return Replay(harness, args[0], args[2..]);
    }

    if (args.Length == 1)
    {
        Fuzzer.Run(harness);
        return 0;
    }
}

Console.Error.WriteLine("usage: Concord.Fuzz HARNESS [--replay FILE...] | --seeds HARNESS DIR | --list");
Console.Error.WriteLine("harnesses: " + string.Join(", ", Harnesses.Names));
return 2;

// One file: the whole exception. Several: one line each, the exception and the first frame in Concord's own code, and
// a count of the distinct ones (afl saves many inputs for one bug).
static int Replay(Action<Stream> harness, string name, string[] files)
{
    int failed = 0;
    var distinct = new HashSet<string>(StringComparer.Ordinal);
    foreach (string file in files)
    {
        using FileStream input = File.OpenRead(file);
        try
        {
            harness(input);
        }
        catch (Exception exception)
        {
            failed++;
            string frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Concord.", StringComparison.Ordinal)) ?? "";
            string signature = $"{exception.GetType().Name} {frame}";
            if (files.Length == 1)
            {
                Console.Error.WriteLine($"{file}: {name}: {exception}");
            }
            else if (distinct.Add(signature))
            {
                Console.Error.WriteLine($"{Path.GetFileName(file)}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]} {frame}");
            }
        }
    }

    Console.WriteLine($"{name}: {files.Length} inputs replayed, {failed} failed, {distinct.Count} distinct failures");
    return failed == 0 ? 0 : 1;
}
