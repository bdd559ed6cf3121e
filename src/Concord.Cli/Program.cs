using Concord.Cli;

return await ConcordCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
