package app.docsbridge.confluence;

import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.OutgoingMail;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

import java.lang.reflect.Method;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail through Confluence's default SMTP server, the way Confluence's own notifications send it (Confluence 8.7.2,
 * {@code com.atlassian.confluence.plugins.email.medium.ConfluenceSystemMailServer.send}: {@code
 * MailServerManager.getDefaultSMTPMailServer()}, a {@code com.atlassian.mail.Email}, {@code SMTPMailServer.send}
 * with the context class loader of the product's mail classes). Sending talks SMTP, so it happens on one background
 * thread (ended when idle), never in the editor's request.
 *
 * <p>The plain text is the mail's body and the HTML its alternative: atlassian-mail's {@code MessageCreator} puts the
 * body first into the {@code Email}'s multipart (Confluence 8.7.2, atlassian-mail {@code
 * MessageCreator.updateMimeMessage}: {@code multipart.addBodyPart(bodyPart, 0)}), which makes a proper
 * {@code multipart/alternative}: text, then the preferred HTML. The multipart types are javax.mail on Confluence 9
 * and jakarta.mail on 10, so they are reached through {@code Email.setMultipart}'s own parameter type; should that
 * fail, the mail goes as HTML alone, as Confluence's own notifications do.
 */
public class ConfluenceMailServer implements MailServer {

    private static final Logger LOG = Logger.getLogger(ConfluenceMailServer.class.getName());
    private static final int QUEUE = 1000;

    private final MailServerManager mailServerManager;
    private final ThreadPoolExecutor sender;

    public ConfluenceMailServer(MailServerManager mailServerManager) {
        this.mailServerManager = mailServerManager;
        this.sender = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "docsbridge-mention-mail");
            thread.setDaemon(true);
            return thread;
        });
        this.sender.allowCoreThreadTimeOut(true);
    }

    @Override
    public boolean isConfigured() {
        return mailServerManager.getDefaultSMTPMailServer() != null;
    }

    @Override
    public void send(OutgoingMail mail) {
        SMTPMailServer server = mailServerManager.getDefaultSMTPMailServer();
        if (server == null) {
            throw new IllegalStateException("no outgoing mail server is configured");
        }
        Email email = new Email(mail.to()).setSubject(mail.subject()).setEncoding("UTF-8");
        if (addHtmlAlternative(email, mail.html())) {
            email.setBody(mail.text()).setMimeType("text/plain");
        } else {
            email.setBody(mail.html()).setMimeType("text/html");
        }
        sender.execute(() -> deliver(server, email, mail.to()));
    }

    private static void deliver(SMTPMailServer server, Email email, String to) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(Email.class.getClassLoader());
            server.send(email);
        } catch (MailException | RuntimeException e) {
            LOG.log(Level.WARNING, "the mention e-mail to " + to + " could not be sent", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@code email.setMultipart(new MimeMultipart("alternative") + the HTML part)}, in the mail API the product has. */
    static boolean addHtmlAlternative(Email email, String html) {
        try {
            Method setter = null;
            for (Method method : Email.class.getMethods()) {
                if (method.getName().equals("setMultipart") && method.getParameterCount() == 1) {
                    setter = method;
                }
            }
            if (setter == null) {
                return false;
            }
            Class<?> multipartType = setter.getParameterTypes()[0];
            String mailPackage = multipartType.getPackageName();
            ClassLoader loader = multipartType.getClassLoader();
            Class<?> multipartClass = Class.forName(mailPackage + ".internet.MimeMultipart", true, loader);
            Class<?> partClass = Class.forName(mailPackage + ".internet.MimeBodyPart", true, loader);
            Class<?> bodyPartType = Class.forName(mailPackage + ".BodyPart", true, loader);
            Object multipart = multipartClass.getConstructor(String.class).newInstance("alternative");
            Object part = partClass.getConstructor().newInstance();
            partClass.getMethod("setContent", Object.class, String.class).invoke(part, html, "text/html; charset=UTF-8");
            multipartClass.getMethod("addBodyPart", bodyPartType).invoke(multipart, part);
            setter.invoke(email, multipart);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no multipart mail API found; sending HTML only", e);
            return false;
        }
    }
}
