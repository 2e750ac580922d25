package app.docsbridge.build;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a class file refers to, read from its constant pool: the classes it names and the fields and methods it
 * calls on other classes (owner, name, descriptor), exactly as the JVM links them.
 */
public final class ClassReferences {

    /** A field or method reference: {@code com/atlassian/sal/api/user/UserManager.getRemoteUser()L…;}. */
    public record Member(String owner, String name, String descriptor, boolean method, boolean onInterface) {
        @Override
        public String toString() {
            return owner + "." + name + (method ? "" : ":") + descriptor;
        }
    }

    private final Set<String> classes = new LinkedHashSet<>();
    private final Set<Member> members = new LinkedHashSet<>();
    private final List<String> utf8 = new ArrayList<>();

    private ClassReferences() {
    }

    public Set<String> classes() {
        return classes;
    }

    public Set<Member> members() {
        return members;
    }

    /** Every UTF-8 constant (names, descriptors, signatures, string literals). */
    public List<String> strings() {
        return utf8;
    }

    public static ClassReferences read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] first = new int[count];
        int[] second = new int[count];
        String[] strings = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> strings[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two slots
                }
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        ClassReferences refs = new ClassReferences();
        for (int i = 1; i < count; i++) {
            if (tags[i] == 1) {
                refs.utf8.add(strings[i]);
            } else if (tags[i] == 7) {
                refs.classes.add(strings[first[i]]);
            } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                String owner = strings[first[first[i]]];
                int nameAndType = second[i];
                refs.members.add(new Member(owner, strings[first[nameAndType]], strings[second[nameAndType]],
                        tags[i] != 9, tags[i] == 11));
            }
        }
        return refs;
    }
}
