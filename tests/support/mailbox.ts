import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A real SMTP server (smtp-server), started and stopped by the test; what arrived is parsed with mailparser. */
export class Mailbox {
  readonly mails: ParsedMail[] = [];
  private server?: SMTPServer;
  private waiters: (() => void)[] = [];
  constructor(readonly port: number) {}
  start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, cb) => {
        simpleParser(stream).then((m) => {
          this.mails.push(m);
          this.waiters.forEach((w) => w());
          cb();
        }, cb);
      },
    });
    return new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
  }
  stop() {
    return new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
  to(address: string, subject?: RegExp) {
    return this.mails.filter((m) => m.to && JSON.stringify(m.to).includes(address) && (!subject || subject.test(m.subject ?? '')));
  }
  /** Resolves with the first mail to `address` matching `subject`, as soon as it arrives. */
  waitFor(address: string, subject: RegExp): Promise<ParsedMail> {
    return new Promise((resolve) => {
      const check = () => {
        const m = this.to(address, subject)[0];
        if (m) resolve(m);
      };
      this.waiters.push(check);
      check();
    });
  }
}

