using RepayableAdvance.Cli;

return Cli.Run(args);
